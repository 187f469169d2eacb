package dev.patina.ops.depth;

/**
 * Local minimum or maximum over (2r+1)² windows clipped to the image, in O(1) per pixel and pass
 * (van Herk / Gil–Werman: running extremes within blocks of 2r+1, read from both ends).
 */
public final class MinMaxFilter {
    private MinMaxFilter() {}

    public static float[] max(float[] src, int w, int h, int r) { return filter(src, w, h, r, true); }

    public static float[] min(float[] src, int w, int h, int r) { return filter(src, w, h, r, false); }

    private static float[] filter(float[] src, int w, int h, int r, boolean max) {
        float[] tmp = new float[w * h];
        float[] line = new float[Math.max(w, h)], res = new float[Math.max(w, h)];
        for (int y = 0; y < h; y++) {
            System.arraycopy(src, y * w, line, 0, w);
            run(line, res, w, r, max);
            System.arraycopy(res, 0, tmp, y * w, w);
        }
        // Vertical pass on the transpose, so both passes read memory in order.
        float[] t = transpose(tmp, w, h), tOut = new float[w * h];
        for (int x = 0; x < w; x++) {
            System.arraycopy(t, x * h, line, 0, h);
            run(line, res, h, r, max);
            System.arraycopy(res, 0, tOut, x * h, h);
        }
        return transpose(tOut, h, w);
    }

    /** The transpose of a w x h plane, in 32 x 32 blocks. */
    private static float[] transpose(float[] a, int w, int h) {
        float[] t = new float[w * h];
        for (int y0 = 0; y0 < h; y0 += 32) for (int x0 = 0; x0 < w; x0 += 32) {
            int y1 = Math.min(h, y0 + 32), x1 = Math.min(w, x0 + 32);
            for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) t[x * h + y] = a[y * w + x];
        }
        return t;
    }

    private static void run(float[] in, float[] out, int n, int r, boolean max) {
        int k = 2 * r + 1;
        // Pad by r on both sides with the neutral element, so windows clip at the ends.
        int len = n + 2 * r;
        int blocks = (len + k - 1) / k, padded = blocks * k;
        float neutral = max ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        float[] g = new float[padded], hh = new float[padded];
        for (int i = 0; i < padded; i++) {
            int s = i - r;
            float v = s >= 0 && s < n ? in[s] : neutral;
            g[i] = i % k == 0 ? v : (max ? Math.max(g[i - 1], v) : Math.min(g[i - 1], v));
        }
        for (int i = padded - 1; i >= 0; i--) {
            int s = i - r;
            float v = s >= 0 && s < n ? in[s] : neutral;
            hh[i] = i % k == k - 1 ? v : (max ? Math.max(hh[i + 1], v) : Math.min(hh[i + 1], v));
        }
        // Window over padded [j, j + k − 1] is output j (centred on input j).
        for (int j = 0; j < n; j++) {
            float a = hh[j], b = g[j + k - 1];
            out[j] = max ? Math.max(a, b) : Math.min(a, b);
        }
    }
}
