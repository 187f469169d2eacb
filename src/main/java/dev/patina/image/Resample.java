package dev.patina.image;

/**
 * The resampler of the pixel toolkit: separable, with precomputed weights per output pixel of each
 * axis, and one of two filters. {@link Filter#AREA}: area-weighted (box) averaging in linear light,
 * what a sensor with bigger pixels would record, so it keeps mean brightness and does not ring (the
 * preview pyramid). {@link Filter#TENT}: a tent whose support widens with the reduction factor,
 * bilinear when enlarging and an area-like average when shrinking, for smooth fields (depth maps,
 * normals, filter coefficients) that are enlarged as often as shrunk.
 */
public final class Resample {
    private Resample() {}

    /** The filter of a resize. */
    public enum Filter { AREA, TENT }

    /** One plane (sw x sh, row-major) resized to dw x dh. */
    public static float[] plane(float[] src, int sw, int sh, int dw, int dh, Filter filter) {
        if (sw == dw && sh == dh) return src.clone();
        float[] tmp = new float[dw * sh];
        AxisWeights ax = new AxisWeights(sw, dw, filter);
        for (int y = 0; y < sh; y++) ax.apply(src, y * sw, 1, tmp, y * dw, 1);
        float[] out = new float[dw * dh];
        AxisWeights ay = new AxisWeights(sh, dh, filter);
        for (int x = 0; x < dw; x++) ay.apply(tmp, x, dw, out, x, dw);
        return out;
    }

    /** Pixel size of an image of the given full size rendered at scale s (at least 1 px). */
    public static int scaledSize(int full, double scale) {
        return Math.max(1, (int) Math.round(full * scale));
    }

    /** Halves an image with a 2x2 box (odd edges fold into the last pixel). */
    public static FloatImage half(FloatImage src) {
        int w = Math.max(1, (src.width() + 1) / 2), h = Math.max(1, (src.height() + 1) / 2);
        FloatImage out = new FloatImage(w, h);
        int sw = src.width(), sh = src.height();
        for (int c = 0; c < 3; c++) {
            float[] s = src.plane(c), d = out.plane(c);
            for (int y = 0; y < h; y++) {
                int y0 = Math.min(2 * y, sh - 1), y1 = Math.min(2 * y + 1, sh - 1);
                for (int x = 0; x < w; x++) {
                    int x0 = Math.min(2 * x, sw - 1), x1 = Math.min(2 * x + 1, sw - 1);
                    d[y * w + x] = 0.25f * (s[y0 * sw + x0] + s[y0 * sw + x1] + s[y1 * sw + x0] + s[y1 * sw + x1]);
                }
            }
        }
        return out;
    }

    /**
     * Resizes src (at origin 0,0) to exactly w x h by exact area averaging: each output pixel is the
     * mean of the source area it covers, partial pixels weighted by coverage. Meant for downscaling
     * by factors up to about 2 (larger factors go through {@link #half} first); for upscaling it
     * degenerates to nearest-area sampling.
     */
    public static FloatImage area(FloatImage src, int w, int h) {
        int sw = src.width(), sh = src.height();
        if (sw == w && sh == h) return src;
        float[][] tmp = new float[3][w * sh];
        AxisWeights wx = new AxisWeights(sw, w, Filter.AREA);
        for (int c = 0; c < 3; c++) {
            float[] s = src.plane(c), t = tmp[c];
            for (int y = 0; y < sh; y++) wx.apply(s, y * sw, 1, t, y * w, 1);
        }
        FloatImage out = new FloatImage(w, h);
        AxisWeights wy = new AxisWeights(sh, h, Filter.AREA);
        for (int c = 0; c < 3; c++) {
            float[] t = tmp[c], d = out.plane(c);
            for (int x = 0; x < w; x++) wy.apply(t, x, w, d, x, w);
        }
        return out;
    }

    /** Precomputed coverage weights of one axis. */
    private static final class AxisWeights {
        final int[] first;
        final float[][] weights;

        AxisWeights(int srcLen, int dstLen, Filter filter) {
            first = new int[dstLen];
            weights = new float[dstLen][];
            double ratio = srcLen / (double) dstLen;
            for (int i = 0; i < dstLen; i++) {
                if (filter == Filter.AREA) area(i, ratio, srcLen);
                else tent(i, ratio, srcLen);
            }
        }

        /** Each source pixel weighted by how much of it the output pixel covers. */
        private void area(int i, double ratio, int srcLen) {
            double a = i * ratio, b = (i + 1) * ratio;
            int i0 = (int) Math.floor(a), i1 = Math.min(srcLen, (int) Math.ceil(b));
            if (i1 <= i0) i1 = Math.min(srcLen, i0 + 1);
            i0 = Math.min(i0, srcLen - 1);
            first[i] = i0;
            float[] w = new float[i1 - i0];
            double sum = 0;
            for (int k = i0; k < i1; k++) {
                double cov = Math.min(b, k + 1) - Math.max(a, k);
                w[k - i0] = (float) Math.max(0, cov);
                sum += w[k - i0];
            }
            if (sum <= 0) { w[0] = 1; sum = 1; }
            for (int k = 0; k < w.length; k++) w[k] /= sum;
            weights[i] = w;
        }

        /** A tent over the output pixel's centre, as wide as one output pixel in source pixels (at least one). */
        private void tent(int i, double ratio, int srcLen) {
            double support = Math.max(1.0, ratio);
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

        void apply(float[] src, int srcOff, int srcStride, float[] dst, int dstOff, int dstStride) {
            for (int i = 0; i < first.length; i++) {
                float[] w = weights[i];
                int base = srcOff + first[i] * srcStride;
                float acc = 0;
                for (int k = 0; k < w.length; k++) acc += w[k] * src[base + k * srcStride];
                dst[dstOff + i * dstStride] = acc;
            }
        }
    }
}
