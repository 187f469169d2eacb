package dev.patina.scene;

import dev.patina.doc.ImagePoint;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The eyes in a picture, for depth of field's focus: the seed's rule is that the eyes are the
 * sharpest point, so a new depth-of-field layer focuses on the nearer eye of the largest face, and
 * the focus picker snaps to an eye clicked near it. Found once per picture, at a working size of
 * about 1.5 MP (faces of 3% of the frame still have some 40 px there).
 */
public record EyeFocus(List<Eye> eyes, Optional<ImagePoint> focus, int width, int height) {
    static final double WORK_PIXELS = 1.5e6;
    /** Eye distance over the diagonal in a head-and-shoulders portrait (0.09-0.15 measured on the portraits in ../shared/data). */
    static final double PORTRAIT_EYES = 0.1;
    /** A click within this many interocular distances of an eye lands on the eye. */
    static final double SNAP = 0.6;

    /** One eye in full-size pixels, and how near a click must be to land on it. */
    public record Eye(double x, double y, double reach) {}

    public EyeFocus {
        eyes = List.copyOf(eyes);
    }

    public static EyeFocus none(int width, int height) { return new EyeFocus(List.of(), Optional.empty(), width, height); }

    /** A picture seen recently (held weakly) and its eyes. */
    private record Seen(java.lang.ref.WeakReference<FloatImage> picture, EyeFocus eyes) {}

    /** The last few pictures, compared by identity: a layer re-rendered over the same picture below looks once. */
    private static final java.util.Deque<Seen> RECENT = new java.util.ArrayDeque<>();

    /** The eyes of a picture (origin 0, 0), found once while the same picture object is in use. */
    public static EyeFocus of(FloatImage picture) {
        synchronized (RECENT) {
            for (Seen s : RECENT) if (s.picture().get() == picture) return s.eyes();
        }
        EyeFocus found = find(new Pyramid(picture));
        synchronized (RECENT) {
            RECENT.addFirst(new Seen(new java.lang.ref.WeakReference<>(picture), found));
            while (RECENT.size() > 4) RECENT.removeLast();
        }
        return found;
    }

    public static EyeFocus find(Pyramid source) {
        int w = source.width(), h = source.height();
        double s = Math.min(1, Math.sqrt(WORK_PIXELS / ((double) w * h)));
        FloatImage work = source.atScale(s);
        double fx = w / (double) work.width(), fy = h / (double) work.height();
        List<Face> faces = new FaceDetector().detect(work);
        List<Eye> eyes = new ArrayList<>();
        for (Face f : faces) {
            double reach = SNAP * f.interocularDistance() * fx;
            eyes.add(new Eye(f.leftEye().x() * fx, f.leftEye().y() * fy, reach));
            eyes.add(new Eye(f.rightEye().x() * fx, f.rightEye().y() * fy, reach));
        }
        Optional<ImagePoint> focus = Face.focusPoint(faces)
            .map(e -> new ImagePoint(e.x() * fx / w, e.y() * fy / h).clamped());
        return new EyeFocus(eyes, focus, w, h);
    }

    /**
     * The largest face's size against a head-and-shoulders portrait's ({@link
     * dev.patina.doc.ParamRole#FACE_SCALE}): its eye distance over the diagonal, over {@link
     * #PORTRAIT_EYES}; empty without a face. Eyes come in pairs, the largest face first.
     */
    public Optional<Double> faceScale() {
        if (eyes.size() < 2) return Optional.empty();
        Eye l = eyes.get(0), r = eyes.get(1);
        return Optional.of(Math.hypot(l.x() - r.x(), l.y() - r.y()) / Math.hypot(width, height) / PORTRAIT_EYES);
    }

    /** The click itself, or the eye it landed near (fractions of the picture). */
    public ImagePoint snap(ImagePoint click) {
        double px = click.x() * width, py = click.y() * height;
        Eye best = null;
        double bestD = Double.MAX_VALUE;
        for (Eye e : eyes) {
            double d = Math.hypot(e.x() - px, e.y() - py);
            if (d <= e.reach() && d < bestD) {
                best = e;
                bestD = d;
            }
        }
        return best == null ? click : new ImagePoint(best.x() / width, best.y() / height).clamped();
    }
}
