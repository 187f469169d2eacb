package dev.patina.ops.depth;

/**
 * Resizes one plane with a separable tent filter whose support widens with the reduction factor:
 * bilinear when enlarging, an area-like average when shrinking (so a large map does not alias when
 * it is fitted to a small preview).
 */
public final class GridResize {
    private GridResize() {}

    public static float[] resize(float[] src, int sw, int sh, int dw, int dh) {
        if (sw == dw && sh == dh) return src.clone();
        float[] tmp = new float[dw * sh];
        Axis ax = new Axis(sw, dw);
        for (int y = 0; y < sh; y++) ax.apply(src, y * sw, 1, tmp, y * dw, 1);
        float[] out = new float[dw * dh];
        Axis ay = new Axis(sh, dh);
        for (int x = 0; x < dw; x++) ay.apply(tmp, x, dw, out, x, dw);
        return out;
    }

    private static final class Axis {
        final int[] first;
        final float[][] weights;

        Axis(int srcLen, int dstLen) {
            double ratio = srcLen / (double) dstLen;
            double support = Math.max(1.0, ratio);
            first = new int[dstLen];
            weights = new float[dstLen][];
            for (int i = 0; i < dstLen; i++) {
                double centre = (i + 0.5) * ratio - 0.5;
                int a = (int) Math.ceil(centre - support), b = (int) Math.floor(centre + support);
                a = Math.max(0, a);
                b = Math.min(srcLen - 1, b);
                if (b < a) { a = b = Math.min(srcLen - 1, Math.max(0, (int) Math.round(centre))); }
                float[] w = new float[b - a + 1];
                double sum = 0;
                for (int k = a; k <= b; k++) {
                    double wk = Math.max(0, 1 - Math.abs(k - centre) / support);
                    w[k - a] = (float) wk;
                    sum += wk;
                }
                if (sum <= 0) { java.util.Arrays.fill(w, 0); w[Math.min(w.length - 1, Math.max(0, (int) Math.round(centre) - a))] = 1; sum = 1; }
                for (int k = 0; k < w.length; k++) w[k] /= sum;
                first[i] = a;
                weights[i] = w;
            }
        }

        void apply(float[] s, int so, int ss, float[] d, int doff, int ds) {
            for (int i = 0; i < first.length; i++) {
                float[] w = weights[i];
                int base = so + first[i] * ss;
                float acc = 0;
                for (int k = 0; k < w.length; k++) acc += w[k] * s[base + k * ss];
                d[doff + i * ds] = acc;
            }
        }
    }
}
