package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Srgb;
import dev.patina.image.BoxMean;
import dev.patina.image.Resample;
import java.util.stream.IntStream;

/**
 * Turns the coarse binary cut into a full-size soft matte by guided feathering (He, Sun and Tang
 * 2013, section 4): the guided filter with the colour image as guide models alpha as a linear
 * function of colour in each window, so where the window holds a fuzzy edge (hair, leaves against
 * sky) alpha follows the colour mixing between the two sides instead of the cut's staircase.
 *
 * <p>Speed comes from the fast guided filter (He and Sun 2015): the linear coefficients are smooth,
 * so they are computed on a copy of at most {@link #GUIDE_PIXELS} and only a·I + b is evaluated at
 * full size, and only near the edge (elsewhere the coefficients are a = 0, b = 0 or 1).
 */
final class MatteRefiner {
    /**
     * Size of the copy the coefficients are computed on. 0.3 MP: at 0.6 MP the 1 MP preview took
     * twice as long for band errors 0.003 lower on the composites.
     */
    static final int GUIDE_PIXELS = 300_000;
    /** Regularisation in linear-colour units²: smaller follows colour more closely, larger is smoother. */
    static final float EPS = 2e-4f;
    /** Colour separation (linear units) below which projection is not trusted over the cut. */
    static final float SEP = 0.05f;
    /** The guided filter's window relative to the refinement radius. */
    static final double GF_R = 0.5;
    /** How far (relative to the radius) alpha may leave the cut's edge. */
    static final double CONFINE = 0.5;

    private MatteRefiner() {}

    /**
     * The full-size alpha for a cut made at {@code cutW x cutH}; radius is the filter's window in
     * full-size pixels (it should cover the cut's uncertainty: a working pixel or two).
     */
    static float[] refine(Pyramid source, boolean[] cut, int cutW, int cutH, double radiusFull) {
        return refine(source, cut, cutW, cutH, radiusFull, EPS);
    }

    static float[] refine(Pyramid source, boolean[] cut, int cutW, int cutH, double radiusFull, float eps) {
        int fw = source.width(), fh = source.height();
        double gs = Math.min(1, Math.sqrt(GUIDE_PIXELS / ((double) fw * fh)));
        FloatImage guideImg = source.atScale(gs);
        int gw = guideImg.width(), gh = guideImg.height();
        float[][] g = guideImg.planes(); // linear light: edges mix there
        float[] cutF = new float[cut.length];
        for (int i = 0; i < cut.length; i++) cutF[i] = cut[i] ? 1f : 0f;
        float[] p = Resample.plane(cutF, cutW, cutH, gw, gh, Resample.Filter.TENT);
        int r = Math.max(1, (int) Math.round(radiusFull * gw / (double) fw));
        // Distances to the cut's not-certainly-inside and not-certainly-outside pixels: "all of the
        // window around x is inside" is dIn(x) > radius.
        int n = gw * gh;
        boolean[] notIn = new boolean[n], notOut = new boolean[n];
        for (int k = 0; k < n; k++) { notIn[k] = p[k] < 0.99f; notOut[k] = p[k] > 0.01f; }
        int[] dIn = Chessboard.distance(notIn, gw, gh), dOut = Chessboard.distance(notOut, gw, gh);
        float[] est = projected(g, p, dIn, dOut, gw, gh, r);
        float[][] ab = coefficients(g, est, gw, gh, Math.max(1, (int) Math.round(r * GF_R)), eps);
        confine(ab, dIn, dOut, Math.max(1, (int) Math.round(r * CONFINE)));
        return evaluate(source.full(), ab, gw, gh);
    }

    /**
     * Keeps the soft edge within {@code k} of the cut: beyond it outside, alpha is 0; beyond it
     * inside, 1. The guided filter's linear colour model otherwise leaks a faint halo onto
     * background texture next to the edge (a bright cloud beside a head gets alpha 0.1).
     */
    static void confine(float[][] ab, int[] dIn, int[] dOut, int k) {
        for (int i = 0; i < dIn.length; i++) {
            if (dOut[i] > k) { ab[0][i] = ab[1][i] = ab[2][i] = 0; ab[3][i] = 0; }
            else if (dIn[i] > k) { ab[0][i] = ab[1][i] = ab[2][i] = 0; ab[3][i] = 1; }
        }
    }

    /**
     * A first alpha in the band around the cut by colour projection: near each pixel, the mean
     * colour F of the cut's certain inside and B of its certain outside (both at least r from the
     * cut's edge), and alpha = (I-B)·(F-B)/|F-B|², the mixing fraction of a pixel I = αF + (1-α)B.
     * Where F and B are too alike to tell apart, it falls back to the cut. This is what puts the
     * edge where the colours mix, to a fraction of a pixel, not where the coarse cut stepped.
     */
    static float[] projected(float[][] I, float[] p, int[] dIn, int[] dOut, int w, int h, int r) {
        int n = w * h;
        float[] fIn = new float[n], fOut = new float[n];
        for (int k = 0; k < n; k++) { fIn[k] = dIn[k] > r ? 1 : 0; fOut[k] = dOut[k] > r ? 1 : 0; }
        int reach = 2 * r + 1;
        float[][] src = new float[8][];
        src[0] = fIn; src[1] = fOut;
        for (int c = 0; c < 3; c++) {
            float[] a = new float[n], b = new float[n], ch = I[c];
            for (int k = 0; k < n; k++) { a[k] = ch[k] * fIn[k]; b[k] = ch[k] * fOut[k]; }
            src[2 + c] = a;
            src[5 + c] = b;
        }
        float[][] m = new float[8][];
        IntStream.range(0, 8).parallel().forEach(k -> m[k] = BoxMean.whole(src[k], w, h, reach));
        float[] out = p.clone();
        // Colour separation below ~0.05 encoded units is within texture noise: trust the cut there.
        final float sep2 = SEP * SEP;
        IntStream.range(0, (n + 65535) >> 16).parallel().forEach(blk -> {
            for (int k = blk << 16, e = Math.min(n, k + 65536); k < e; k++) {
                if (dIn[k] > r || dOut[k] > r) continue; // certain: keep the cut
                float wi = m[0][k], wo = m[1][k];
                if (wi <= 0 || wo <= 0) continue;
                float fr = m[2][k] / wi, fg = m[3][k] / wi, fb = m[4][k] / wi;
                float br = m[5][k] / wo, bg = m[6][k] / wo, bb = m[7][k] / wo;
                float dr = fr - br, dg = fg - bg, db = fb - bb;
                float d2 = dr * dr + dg * dg + db * db;
                float a = ((I[0][k] - br) * dr + (I[1][k] - bg) * dg + (I[2][k] - bb) * db) / Math.max(d2, 1e-8f);
                a = a < 0 ? 0 : a > 1 ? 1 : a;
                float conf = d2 / (d2 + sep2);
                out[k] = conf * a + (1 - conf) * p[k];
            }
        });
        return out;
    }

    /** Window means of a (3 planes) and b of the local model p ≈ a·I + b. */
    static float[][] coefficients(float[][] I, float[] p, int w, int h, int r, float eps) {
        int n = w * h;
        float[] ir = I[0], ig = I[1], ib = I[2];
        float[][] src = new float[13][];
        src[0] = ir; src[1] = ig; src[2] = ib; src[3] = p;
        float[][] prod = new float[9][n];
        IntStream.range(0, (n + 65535) >> 16).parallel().forEach(blk -> {
            for (int k = blk << 16, e = Math.min(n, k + 65536); k < e; k++) {
                float a = ir[k], b = ig[k], c = ib[k], q = p[k];
                prod[0][k] = a * a; prod[1][k] = a * b; prod[2][k] = a * c;
                prod[3][k] = b * b; prod[4][k] = b * c; prod[5][k] = c * c;
                prod[6][k] = a * q; prod[7][k] = b * q; prod[8][k] = c * q;
            }
        });
        System.arraycopy(prod, 0, src, 4, 9);
        float[][] m = new float[13][];
        IntStream.range(0, 13).parallel().forEach(k -> m[k] = BoxMean.whole(src[k], w, h, r));
        float[] ar = prod[0], ag = prod[1], abl = prod[2], bb = prod[3]; // reuse as outputs
        IntStream.range(0, (n + 65535) >> 16).parallel().forEach(blk -> {
            for (int k = blk << 16, e = Math.min(n, k + 65536); k < e; k++) {
                float mr = m[0][k], mg = m[1][k], mb = m[2][k], mp = m[3][k];
                // Flat windows of the cut (all in or all out) need no solve: a = 0, b = the cut.
                if (mp <= 1e-6f || mp >= 1 - 1e-6f) { ar[k] = ag[k] = abl[k] = 0; bb[k] = mp <= 1e-6f ? 0 : 1; continue; }
                double s00 = m[4][k] - mr * mr + eps, s01 = m[5][k] - mr * mg, s02 = m[6][k] - mr * mb;
                double s11 = m[7][k] - mg * mg + eps, s12 = m[8][k] - mg * mb, s22 = m[9][k] - mb * mb + eps;
                double c0 = m[10][k] - mr * mp, c1 = m[11][k] - mg * mp, c2 = m[12][k] - mb * mp;
                double i00 = s11 * s22 - s12 * s12, i01 = s02 * s12 - s01 * s22, i02 = s01 * s12 - s02 * s11;
                double i11 = s00 * s22 - s02 * s02, i12 = s01 * s02 - s00 * s12, i22 = s00 * s11 - s01 * s01;
                double det = s00 * i00 + s01 * i01 + s02 * i02;
                double a0 = (i00 * c0 + i01 * c1 + i02 * c2) / det;
                double a1 = (i01 * c0 + i11 * c1 + i12 * c2) / det;
                double a2 = (i02 * c0 + i12 * c1 + i22 * c2) / det;
                ar[k] = (float) a0; ag[k] = (float) a1; abl[k] = (float) a2;
                bb[k] = (float) (mp - a0 * mr - a1 * mg - a2 * mb);
            }
        });
        float[][] out = new float[4][];
        float[][] in = {ar, ag, abl, bb};
        IntStream.range(0, 4).parallel().forEach(k -> out[k] = BoxMean.whole(in[k], w, h, r));
        return out;
    }

    /**
     * alpha = a·I + b at full size with a, b enlarged bilinearly; full-size colour is read (and
     * encoded) only where a is not zero, i.e. within the filter's reach of the edge.
     */
    static float[] evaluate(FloatImage full, float[][] ab, int gw, int gh) {
        int fw = full.width(), fh = full.height();
        float[] out = new float[fw * fh];
        float[] pr = full.plane(0), pg = full.plane(1), pb = full.plane(2);
        float[] a0 = ab[0], a1 = ab[1], a2 = ab[2], b = ab[3];
        double sx = gw / (double) fw, sy = gh / (double) fh;
        int[] gx0 = new int[fw];
        float[] tx = new float[fw];
        for (int x = 0; x < fw; x++) {
            double g = Math.max(0, Math.min(gw - 1, (x + 0.5) * sx - 0.5));
            gx0[x] = Math.min(gw - 2 < 0 ? 0 : gw - 2, (int) g);
            tx[x] = (float) (g - gx0[x]);
        }
        IntStream.range(0, fh).parallel().forEach(y -> {
            double gyd = Math.max(0, Math.min(gh - 1, (y + 0.5) * sy - 0.5));
            int gy0 = Math.min(Math.max(0, gh - 2), (int) gyd);
            int gy1 = Math.min(gh - 1, gy0 + 1);
            float ty = (float) (gyd - gy0);
            int row0 = gy0 * gw, row1 = gy1 * gw, o = y * fw;
            for (int x = 0; x < fw; x++) {
                int i00 = row0 + gx0[x], i01 = Math.min(i00 + 1, row0 + gw - 1), i10 = row1 + gx0[x], i11 = Math.min(i10 + 1, row1 + gw - 1);
                float t = tx[x];
                float w00 = (1 - t) * (1 - ty), w01 = t * (1 - ty), w10 = (1 - t) * ty, w11 = t * ty;
                float bv = w00 * b[i00] + w01 * b[i01] + w10 * b[i10] + w11 * b[i11];
                boolean flat = a0[i00] == 0 && a0[i01] == 0 && a0[i10] == 0 && a0[i11] == 0
                    && a1[i00] == 0 && a1[i01] == 0 && a1[i10] == 0 && a1[i11] == 0
                    && a2[i00] == 0 && a2[i01] == 0 && a2[i10] == 0 && a2[i11] == 0;
                float v = bv;
                if (!flat) {
                    int k = o + x;
                    float ar = w00 * a0[i00] + w01 * a0[i01] + w10 * a0[i10] + w11 * a0[i11];
                    float ag = w00 * a1[i00] + w01 * a1[i01] + w10 * a1[i10] + w11 * a1[i11];
                    float abv = w00 * a2[i00] + w01 * a2[i01] + w10 * a2[i10] + w11 * a2[i11];
                    v = ar * pr[k] + ag * pg[k] + abv * pb[k] + bv;
                }
                out[o + x] = v <= 0 ? 0 : v >= 1 ? 1 : v;
            }
        });
        return out;
    }
}
