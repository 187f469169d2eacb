package dev.patina.ops.depth;

/**
 * Local minimum or maximum over (2r+1)² windows clipped to the image, in O(1) per pixel and pass
 * (van Herk / Gil–Werman: running extremes within blocks of 2r+1, read from both ends).
 */
final class MinMaxFilter {
    private MinMaxFilter() {}

    static float[] max(float[] src, int w, int h, int r) { return filter(src, w, h, r, true); }

    static float[] min(float[] src, int w, int h, int r) { return filter(src, w, h, r, false); }

    private static float[] filter(float[] src, int w, int h, int r, boolean max) {
        float[] tmp = new float[w * h], out = new float[w * h];
        float[] line = new float[Math.max(w, h)], res = new float[Math.max(w, h)];
        for (int y = 0; y < h; y++) {
            System.arraycopy(src, y * w, line, 0, w);
            run(line, res, w, r, max);
            System.arraycopy(res, 0, tmp, y * w, w);
        }
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) line[y] = tmp[y * w + x];
            run(line, res, h, r, max);
            for (int y = 0; y < h; y++) out[y * w + x] = res[y];
        }
        return out;
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
