package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds faces and their eyes in a photograph-like picture, with no neural network: OpenCV's
 * published Haar cascades (frontal, and profile both ways) evaluated by {@link CascadeScanner} on a
 * reduced-size copy, grouped as OpenCV does, then checked for skin colour and (frontal faces)
 * left-right symmetry, and the eyes located at full resolution by gradient voting.
 *
 * <p>Sizes are fractions of the picture's short side, so a 24 MP original and its 1 MP preview give
 * the same faces: the working copy's short side is what makes the smallest face wanted fill the
 * cascade's 20 px window ({@code 20 / minFace}, 667 px for the default 3%), and never more.
 *
 * <p>Stateless after construction and safe to share between threads.
 */
public final class FaceDetector {
    /**
     * @param minFace smallest face width as a fraction of the short side (0.03: a face in a group photo)
     * @param maxFace largest (0.8: a close-up that still shows the chin and forehead)
     * @param scaleStep ratio between pyramid levels (OpenCV's usual 1.1)
     * @param minNeighbours raw windows a face needs beyond the first (OpenCV's minNeighbors)
     * @param profiles also run the profile cascade (at half the working resolution, so profiles from 2x minFace)
     */
    public record Settings(double minFace, double maxFace, double scaleStep, int minNeighbours, boolean profiles) {
        public Settings {
            if (!(minFace > 0 && minFace < maxFace && maxFace <= 1)) throw new IllegalArgumentException("need 0 < minFace < maxFace <= 1");
            if (!(scaleStep > 1.01 && scaleStep < 2)) throw new IllegalArgumentException("scaleStep must be in (1.01, 2)");
            if (minNeighbours < 0) throw new IllegalArgumentException("minNeighbours must be >= 0");
        }

        public static Settings defaults() {
            return new Settings(0.03, 0.8, 1.1, 3, true);
        }
    }

    /** Where a face came from and what the checks measured, before the verdict: for tuning and tests. */
    record Candidate(Detection box, Kind kind, double skin, double symmetry, double eyeStrength) {}

    enum Kind { FRONTAL, PROFILE, PROFILE_MIRRORED }

    /** Mean skin likelihood a face's middle needs (colour pictures only). */
    static final double MIN_SKIN = 0.30;
    /** Mirror correlation a frontal face needs. */
    static final double MIN_SYMMETRY = 0.10;
    /** Skin a window's middle needs before the cascade looks at it: lower than MIN_SKIN, as a window is rarely centred on the face. */
    static final double GATE_SKIN = 0.35;

    private final Settings settings;
    private final CascadeScanner frontal = new CascadeScanner(Cascades.frontalFace());
    private final CascadeScanner profile;
    private final EyeLocator eyes = new EyeLocator();

    public FaceDetector() {
        this(Settings.defaults());
    }

    public FaceDetector(Settings settings) {
        this.settings = settings;
        this.profile = settings.profiles() ? new CascadeScanner(Cascades.profileFace()) : null;
    }

    public Settings settings() { return settings; }

    /** The faces in the picture, largest first, in full-size pixels of {@code image} (its origin ignored). */
    public List<Face> detect(FloatImage image) {
        FloatImage full = image.bounds().x() == 0 && image.bounds().y() == 0 ? image : image.movedTo(0, 0);
        WorkingImage w = working(full);
        List<Face> faces = new ArrayList<>();
        for (Candidate c : candidates(w)) {
            if (!accepted(c, w)) continue;
            faces.add(toFace(c, w, full));
        }
        faces.sort(Comparator.comparingLong((Face f) -> -f.box().area()));
        return faces;
    }

    WorkingImage working(FloatImage full) {
        int shortSide = (int) Math.ceil(Cascades.frontalFace().windowWidth() / settings.minFace());
        return WorkingImage.of(full, shortSide);
    }

    boolean accepted(Candidate c, WorkingImage w) {
        if (w.colourful && c.skin() < MIN_SKIN) return false;
        return c.kind() != Kind.FRONTAL || c.symmetry() >= MIN_SYMMETRY;
    }

    /** Every grouped cascade hit, overlaps resolved (frontal before profile, better supported first), with its evidence. */
    List<Candidate> candidates(WorkingImage w) {
        int shortSide = Math.min(w.width, w.height);
        double minPx = settings.minFace() * shortSide, maxPx = settings.maxFace() * shortSide;
        WindowGate gate = w.colourful
            ? (x, y, ww, hh) -> w.skinIn(x + 0.3 * ww, y + 0.35 * hh, x + 0.7 * ww, y + 0.85 * hh) >= GATE_SKIN
            : WindowGate.ALL;
        List<Candidate> all = new ArrayList<>();
        for (Detection d : RectGrouping.group(frontal.scan(w.luma, minPx, maxPx, settings.scaleStep(), gate),
                settings.minNeighbours(), RectGrouping.DEFAULT_EPS)) {
            all.add(new Candidate(d, Kind.FRONTAL, 0, 0, 0));
        }
        if (profile != null) {
            LumaPlane half = w.luma.halved();
            double up = w.luma.width / (double) half.width;
            WindowGate halfGate = (x, y, ww, hh) -> gate.worthScanning(x * up, y * up, ww * up, hh * up);
            WindowGate mirroredGate = (x, y, ww, hh) -> halfGate.worthScanning(half.width - x - ww, y, ww, hh);
            for (Detection d : RectGrouping.group(profile.scan(half, minPx / up, maxPx / up, settings.scaleStep(), halfGate),
                    settings.minNeighbours(), RectGrouping.DEFAULT_EPS)) {
                all.add(new Candidate(d.scaled(up), Kind.PROFILE, 0, 0, 0));
            }
            for (Detection d : RectGrouping.group(profile.scan(half.mirrored(), minPx / up, maxPx / up, settings.scaleStep(), mirroredGate),
                    settings.minNeighbours(), RectGrouping.DEFAULT_EPS)) {
                all.add(new Candidate(d.mirrored(half.width).scaled(up), Kind.PROFILE_MIRRORED, 0, 0, 0));
            }
        }
        all.sort(Comparator.comparing((Candidate c) -> c.kind() != Kind.FRONTAL).thenComparingInt(c -> -c.box().neighbours()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            boolean overlaps = false;
            for (Candidate k : kept) overlaps |= c.box().overlapOfSmaller(k.box()) > 0.4;
            if (overlaps) continue;
            Detection d = c.box();
            kept.add(new Candidate(d, c.kind(), FaceCheck.skin(w, d), c.kind() == Kind.FRONTAL ? FaceCheck.symmetry(w, d) : 0, 0));
        }
        return kept;
    }

    private Face toFace(Candidate c, WorkingImage w, FloatImage full) {
        Detection d = c.box().scaled(w.scale);
        Rect box = clampedBox(d, full.width(), full.height());
        EyeLocator.Eyes e = eyes.locate(full, d, c.kind());
        double support = 1 - Math.exp(-d.neighbours() / 10.0);
        double evidence = w.colourful ? Math.min(1, c.skin() / 0.6) : 0.7;
        double shape = c.kind() == Kind.FRONTAL ? Math.min(1, 0.5 + c.symmetry()) : 0.7;
        double score = support * (0.5 + 0.5 * evidence) * shape * (0.7 + 0.3 * e.strength());
        return new Face(box, e.left(), e.right(), Math.round(score * 1000) / 1000.0, c.kind() != Kind.FRONTAL);
    }

    private static Rect clampedBox(Detection d, int w, int h) {
        int x0 = (int) Math.max(0, Math.round(d.x())), y0 = (int) Math.max(0, Math.round(d.y()));
        int x1 = (int) Math.min(w, Math.round(d.right())), y1 = (int) Math.min(h, Math.round(d.bottom()));
        return new Rect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }
}
