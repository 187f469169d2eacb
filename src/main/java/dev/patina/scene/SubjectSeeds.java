package dev.patina.scene;

import dev.patina.image.Rect;
import dev.patina.image.Resample;
import java.util.Arrays;

/**
 * Builds GrabCut's starting trimap at the working size from whatever is known, strongest first:
 * face boxes (a head and a body prior below each face), else a hint box (outside it is background,
 * as in the paper's user rectangle), else saliency (minimum barrier distance to the border times a
 * mild centre prior). Painted scribbles override any of them as hard labels.
 */
final class SubjectSeeds {
    /**
     * Below this summed barrier distance (encoded colour units over three channels) nothing stands
     * out from the border: a flat or uniformly textured picture has no subject.
     */
    static final float NO_SUBJECT_BARRIER = 0.12f;

    private SubjectSeeds() {}

    /** Weight (in nats of the data term) of the saliency prior on undecided pixels. */
    static final float SALIENCY_WEIGHT = 3f;

    /**
     * GrabCut's start: the trimap, and an optional per-pixel bias of the data term (positive
     * favours the subject) that carries a soft prior through every iteration, where the trimap
     * only sets the first colour models. {@code certainBackgroundModel}: the first background
     * colour model learns from certain background only (saliency's probable band holds subject
     * colours); with faces it learns from all that is not foreground, since the envelope's
     * certain background may be only the sky above the head.
     */
    record Seeds(byte[] trimap, float[] bias, boolean certainBackgroundModel) {}

    /** The trimap, or null when there is no subject (a sensible empty mask follows). */
    static byte[] trimap(WorkImage img, SubjectHints hints, int fullW, int fullH) {
        Seeds s = seeds(img, hints, fullW, fullH);
        return s == null ? null : s.trimap();
    }

    static Seeds seeds(WorkImage img, SubjectHints hints, int fullW, int fullH) {
        int w = img.width, h = img.height, n = w * h;
        byte[] t = null;
        float[][] bias = new float[1][];
        Rect box = hints.boxIn(fullW, fullH);
        if (box != null && box.isEmpty()) return null; // the box lies outside the image: nothing chosen
        if (!hints.faces().isEmpty()) t = fromFaces(hints, img.scale, w, h, fullW, fullH);
        if (t == null && box != null) t = fromBox(box, img.scale, w, h);
        if (t == null) t = fromSaliency(img, bias);
        if (t != null && box != null && !hints.faces().isEmpty()) outsideIsBackground(t, box, img.scale, w, h);
        boolean[] inc = scribble(hints.include(), fullW, fullH, w, h), exc = scribble(hints.exclude(), fullW, fullH, w, h);
        if (inc != null) {
            if (t == null) { t = new byte[n]; Arrays.fill(t, Trimap.PROBABLY_BG); borderIsBackground(t, w, h, null); }
            for (int i = 0; i < n; i++) if (inc[i]) t[i] = Trimap.FG;
        }
        if (t != null && exc != null) for (int i = 0; i < n; i++) if (exc[i]) t[i] = Trimap.BG;
        return t != null && hasForeground(t) ? new Seeds(t, bias[0], hints.faces().isEmpty() || bias[0] != null) : null;
    }

    /**
     * Per face: the inner face is certain; the head with its hair (a wider, taller ellipse) and a
     * body widening below the chin down to the frame are probable; far outside that envelope is
     * certain background, so a portrait's cut cannot leak into the whole scene.
     */
    static byte[] fromFaces(SubjectHints hints, double s, int w, int h, int fullW, int fullH) {
        byte[] t = new byte[w * h]; // BG everywhere until a face's envelope claims it
        boolean any = false;
        Rect frame = Rect.of(fullW, fullH);
        for (Rect f : hints.faces()) {
            Rect c = f.intersect(frame);
            if (c.isEmpty()) continue;
            any = true;
            double fx = (f.x() + f.width() / 2.0) * s, fy = (f.y() + f.height() / 2.0) * s;
            double fw = f.width() * s, fh = f.height() * s;
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
                double dx = x + 0.5 - fx, dy = y + 0.5 - fy;
                byte v;
                if (ellipse(dx, dy, 0.28 * fw, 0.34 * fh)) v = Trimap.FG;
                else if (below(dx, dy, fw, fh, 0.22, 0.5, 1.4)) v = Trimap.FG; // neck and upper chest
                else if (ellipse(dx, dy + 0.12 * fh, 0.8 * fw, 0.85 * fh) || below(dx, dy, fw, fh, 1.1, 0.35, 12)) v = Trimap.PROBABLY_FG;
                else if (ellipse(dx, dy + 0.15 * fh, 1.5 * fw, 1.4 * fh) || below(dx, dy, fw, fh, 2.2, 0.2, 14)) v = Trimap.PROBABLY_BG;
                else continue;
                int i = y * w + x;
                if (v > t[i]) t[i] = v;
            }
        }
        return any ? t : null;
    }

    /** Inside a body prior: below the chin (dy > from*fh), half-width growing from halfTop*fw. */
    private static boolean below(double dx, double dy, double fw, double fh, double halfTop, double from, double depth) {
        double y0 = from * fh;
        if (dy < y0 || dy > y0 + depth * fh) return false;
        double grow = Math.min(1.0, (dy - y0) / (1.5 * fh)); // shoulders widen over 1.5 face heights
        double half = fw * (halfTop + halfTop * 0.7 * grow);
        return Math.abs(dx) <= half;
    }

    private static boolean ellipse(double dx, double dy, double rx, double ry) {
        return (dx * dx) / (rx * rx) + (dy * dy) / (ry * ry) <= 1;
    }

    /** The paper's rectangle: outside certain background, inside probable foreground. */
    static byte[] fromBox(Rect box, double s, int w, int h) {
        byte[] t = new byte[w * h];
        int x0 = (int) Math.floor(box.x() * s), y0 = (int) Math.floor(box.y() * s);
        int x1 = Math.min(w, (int) Math.ceil(box.right() * s)), y1 = Math.min(h, (int) Math.ceil(box.bottom() * s));
        for (int y = y0; y < y1; y++) Arrays.fill(t, y * w + x0, y * w + Math.max(x0, x1), Trimap.PROBABLY_FG);
        return t;
    }

    private static void outsideIsBackground(byte[] t, Rect box, double s, int w, int h) {
        byte[] b = fromBox(box, s, w, h);
        for (int i = 0; i < t.length; i++) if (b[i] == Trimap.BG) t[i] = Trimap.BG;
    }

    /**
     * Saliency thresholded by Otsu's method: above it probable foreground, its strongest part
     * certain; low saliency certain background; the border certain background where not salient
     * (a subject cut by the frame, a bust at the bottom edge, stays possible).
     */
    static byte[] fromSaliency(WorkImage img, float[][] biasOut) {
        int w = img.width, h = img.height, n = w * h;
        float[] d = MinimumBarrier.distance(img.c, w, h);
        float max = 0;
        for (float v : d) max = Math.max(max, v);
        if (max < NO_SUBJECT_BARRIER) return null;
        // Normalised by a high percentile, not the maximum: one bright speck must not dim the rest.
        float dn = Math.max(percentile(d, 0.97), 1e-6f);
        float[] bg = MinimumBarrier.backgroundness(img.c, w, h);
        float[] s = new float[n];
        double sx = 0.5 * w, sy = 0.5 * h;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            double dx = (x + 0.5 - sx) / w, dy = (y + 0.5 - sy) / h;
            if (dy > 0) dy *= 0.5; // subjects stand on the bottom edge more often than they float
            // Mild centre prior: photographers and generators frame the subject.
            double centre = Math.exp(-(dx * dx + dy * dy) / (2 * 0.35 * 0.35));
            // MB+: barrier plus backgroundness, each normalised.
            s[y * w + x] = (float) (0.5 * (Math.min(1, d[y * w + x] / dn) + bg[y * w + x]) * centre);
        }
        float t = otsu(s);
        byte[] tri = new byte[n];
        float hard = t + 0.5f * (1 - t);
        for (int i = 0; i < n; i++) {
            float v = s[i];
            tri[i] = v >= hard ? Trimap.FG : v >= t ? Trimap.PROBABLY_FG : v >= 0.3f * t ? Trimap.PROBABLY_BG : Trimap.BG;
        }
        borderIsBackground(tri, w, h, s, t);
        // The saliency stays as a soft prior: a region as salient as the subject's core keeps some
        // pull towards it even when its colour is common in the background (dark hair, a dark
        // coat over a dark ground).
        float[] bias = new float[n];
        float span = Math.max(t, 1 - t);
        for (int i = 0; i < n; i++) bias[i] = SALIENCY_WEIGHT * Math.max(-1, Math.min(1, (s[i] - t) / span));
        biasOut[0] = bias;
        return tri;
    }

    /**
     * The top, left and right edges are certain background where not salient; the bottom edge is
     * left to the cut, as a bust or a standing figure is cut by it.
     */
    private static void borderIsBackground(byte[] t, int w, int h, float[] s, float thr) {
        int b = Math.max(1, Math.round(0.01f * Math.max(w, h)));
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            if (x >= b && y >= b && x < w - b) continue;
            int i = y * w + x;
            if (s == null || s[i] < thr) t[i] = Trimap.BG;
        }
    }

    private static void borderIsBackground(byte[] t, int w, int h, float[] s) {
        borderIsBackground(t, w, h, s, 0);
    }

    /** The q-quantile of non-negative values, to 1/1024 of their maximum (a histogram, not a sort). */
    static float percentile(float[] v, double q) {
        float max = 0;
        for (float x : v) max = Math.max(max, x);
        if (!(max > 0)) return 0;
        int bins = 1024;
        int[] hist = new int[bins];
        for (float x : v) hist[Math.min(bins - 1, Math.max(0, (int) (x / max * bins)))]++;
        long want = (long) Math.ceil(q * v.length), seen = 0;
        for (int b = 0; b < bins; b++) {
            seen += hist[b];
            if (seen >= want) return (b + 1) * max / bins;
        }
        return max;
    }

    /** Otsu's threshold of values in 0..1 (256 bins). */
    static float otsu(float[] v) {
        int[] hist = new int[256];
        for (float x : v) hist[Math.max(0, Math.min(255, (int) (x * 255)))]++;
        long total = v.length;
        double sumAll = 0;
        for (int i = 0; i < 256; i++) sumAll += i * (double) hist[i];
        double sumB = 0, best = -1;
        long wB = 0;
        int bestT = 128;
        for (int i = 0; i < 256; i++) {
            wB += hist[i];
            if (wB == 0) continue;
            long wF = total - wB;
            if (wF == 0) break;
            sumB += i * (double) hist[i];
            double mB = sumB / wB, mF = (sumAll - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) { best = between; bestT = i; }
        }
        return (bestT + 1) / 255f;
    }

    /** A full-size scribble at the working size: marked where at least a fifth of a pixel is painted. */
    static boolean[] scribble(float[] m, int fullW, int fullH, int w, int h) {
        if (m == null) return null;
        boolean any = false;
        for (float v : m) if (v > 0.5f) { any = true; break; }
        if (!any) return null; // an empty scribble says nothing
        float[] bin = new float[m.length];
        for (int i = 0; i < m.length; i++) bin[i] = m[i] > 0.5f ? 1 : 0;
        float[] small = Resample.plane(bin, fullW, fullH, w, h, Resample.Filter.TENT);
        boolean[] out = new boolean[w * h];
        for (int i = 0; i < out.length; i++) out[i] = small[i] > 0.2f;
        return out;
    }

    private static boolean hasForeground(byte[] t) {
        for (byte v : t) if (Trimap.isForeground(v)) return true;
        return false;
    }
}
