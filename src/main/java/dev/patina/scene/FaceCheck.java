package dev.patina.scene;

/**
 * Evidence beyond the cascade that a box holds a face, measured on the working image. Haar
 * cascades fire on anything with the coarse light-dark layout of a face (a window with two dark
 * panes over a dark door, a cat, folds of fabric); cheap facts rule most of those out:
 * <ul>
 * <li>skin: the middle of a face (cheeks, nose, mouth) is skin-coloured in a colour photograph
 *     (a hard check);
 * <li>symmetry: a face seen from the front is close to its own mirror image (after taking out a
 *     left-right lighting gradient, which side light adds to a perfectly symmetric face). Only a
 *     factor of the score, not a check: on the labelled portraits a split light (one cheek in
 *     deep shadow), face paint round one eye and a tilted head all gave real faces a correlation
 *     near or below zero, while the cascade's false hits that survive the skin and eye checks were
 *     no less symmetric than that.
 * </ul>
 * The third check, that both eyes are dark, is {@link EyeCentre.Result#darkness()}.
 */
final class FaceCheck {
    private FaceCheck() {}

    /** Mean skin likelihood of the face's middle (cheeks, nose, mouth: clear of hair and background). */
    static double skin(WorkingImage img, Detection d) {
        return img.skinIn(d.x() + 0.25 * d.width(), d.y() + 0.35 * d.height(), d.x() + 0.75 * d.width(), d.y() + 0.85 * d.height());
    }

    /**
     * Normalised correlation (-1..1) of the face's central part with its mirror image, on a 24x24
     * resampling of the box with each row's linear left-right trend removed (so side light does
     * not count as asymmetry).
     */
    static double symmetry(WorkingImage img, Detection d) {
        final int n = 24;
        double x0 = d.x() + 0.1 * d.width(), w = 0.8 * d.width(), y0 = d.y() + 0.15 * d.height(), h = 0.75 * d.height();
        LumaPlane luma = img.luma;
        float[] p = new float[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                p[y * n + x] = sample(luma, x0 + (x + 0.5) * w / n, y0 + (y + 0.5) * h / n);
            }
        }
        for (int y = 0; y < n; y++) detrend(p, y * n, n);
        double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
        int m = 0;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n / 2; x++) {
                double a = p[y * n + x], b = p[y * n + n - 1 - x];
                sa += a;
                sb += b;
                saa += a * a;
                sbb += b * b;
                sab += a * b;
                m++;
            }
        }
        double cov = sab / m - sa / m * sb / m;
        double va = saa / m - (sa / m) * (sa / m), vb = sbb / m - (sb / m) * (sb / m);
        return va > 1e-6 && vb > 1e-6 ? cov / Math.sqrt(va * vb) : 0;
    }

    private static float sample(LumaPlane l, double x, double y) {
        int xi = (int) Math.floor(x), yi = (int) Math.floor(y);
        xi = Math.max(0, Math.min(l.width - 1, xi));
        yi = Math.max(0, Math.min(l.height - 1, yi));
        return l.v[yi * l.width + xi];
    }

    /** Removes the least-squares line from p[off .. off+n). */
    private static void detrend(float[] p, int off, int n) {
        double mx = (n - 1) / 2.0, sy = 0, sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) sy += p[off + i];
        double my = sy / n;
        for (int i = 0; i < n; i++) {
            sxy += (i - mx) * (p[off + i] - my);
            sxx += (i - mx) * (i - mx);
        }
        double slope = sxy / sxx;
        for (int i = 0; i < n; i++) p[off + i] -= (float) (my + slope * (i - mx));
    }
}
