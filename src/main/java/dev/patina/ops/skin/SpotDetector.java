package dev.patina.ops.skin;

import dev.patina.image.Rect;

/**
 * Finds isolated dark spots: how far each pixel lies below the level a morphological closing
 * restores. A closing with a line segment fills every dark structure the segment cannot fit
 * inside; taking the smallest fill over four directions (0°, 45°, 90°, 135°) leaves lines alone (a
 * wrinkle, a lash line, a hair fits the segment laid along it) and keeps only blobs shorter than the
 * segment in every direction: spots. Max and min are exact, so the result does not depend on the
 * tile; each 1-D max uses the van Herk / Gil-Werman scheme (three comparisons per pixel whatever
 * the length).
 */
final class SpotDetector {
    private static final int[][] DIRECTIONS = {{1, 0}, {0, 1}, {1, 1}, {1, -1}};

    private SpotDetector() {}

    /**
     * Depth of dark spots up to 2r+1 pixels across, over src's rect shrunk by 2r: min over
     * directions of closing(src) - src, always >= 0. For bright spots pass negated values.
     */
    static Plane darkSpots(Plane src, int r) {
        Rect in = src.rect;
        Rect out = new Rect(in.x() + 2 * r, in.y() + 2 * r, in.width() - 4 * r, in.height() - 4 * r);
        if (out.width() <= 0 || out.height() <= 0) throw new IllegalArgumentException("spot radius " + r + " too large for " + in);
        Plane depth = new Plane(out);
        java.util.Arrays.fill(depth.v, Float.POSITIVE_INFINITY);
        int w = in.width(), h = in.height();
        float[] tmp = new float[w * h], closed = new float[w * h];
        for (int[] d : DIRECTIONS) {
            lineFilter(src.v, tmp, w, h, d[0], d[1], r, true);
            lineFilter(tmp, closed, w, h, d[0], d[1], r, false);
            for (int y = 0; y < out.height(); y++) {
                int si = (y + 2 * r) * w + 2 * r, di = y * out.width();
                for (int x = 0; x < out.width(); x++) {
                    float fill = closed[si + x] - src.v[si + x];
                    if (fill < depth.v[di + x]) depth.v[di + x] = fill;
                }
            }
        }
        return depth;
    }

    /**
     * Max (or min) over the 2r+1 pixels centred on each pixel along direction (dx, dy). Pixels
     * closer than r to the array's end along the direction are not written; callers only read
     * pixels at least r from every edge, where windows are whole.
     */
    private static void lineFilter(float[] in, float[] out, int w, int h, int dx, int dy, int r, boolean max) {
        int maxLen = Math.max(w, h);
        float[] line = new float[maxLen], res = new float[maxLen], pre = new float[maxLen], suf = new float[maxLen];
        // Every line starts on the top row or on the side it enters from.
        for (int start = 0; start < w + h - 1; start++) {
            int x, y;
            if (dy == 0) { if (start >= h) break; x = 0; y = start; }
            else if (dx == 0) { if (start >= w) break; x = start; y = 0; }
            else if (dy == 1) { if (start < w) { x = start; y = 0; } else { x = 0; y = start - w + 1; } }
            else { if (start < w) { x = start; y = h - 1; } else { x = 0; y = h - 1 - (start - w + 1); } }
            int n = dy == 0 ? w : dx == 0 ? h : Math.min(w - x, dy > 0 ? h - y : y + 1);
            if (n <= 2 * r) continue;
            int first = y * w + x, stride = dy * w + dx;
            for (int i = 0, p = first; i < n; i++, p += stride) line[i] = in[p];
            if (max) runningMax(line, res, pre, suf, n, r);
            else runningMin(line, res, pre, suf, n, r);
            for (int i = r, p = first + r * stride; i < n - r; i++, p += stride) out[p] = res[i];
        }
    }

    /**
     * Van Herk / Gil-Werman running max over windows of 2r+1 on line[0..n), written to res[r..n-r):
     * within blocks of the window length, prefix and suffix maxima; a window spans at most two
     * blocks, so its max is the suffix max where it starts and the prefix max where it ends.
     */
    private static void runningMax(float[] line, float[] res, float[] pre, float[] suf, int n, int r) {
        int win = 2 * r + 1;
        for (int b = 0; b < n; b += win) {
            int e = Math.min(n, b + win);
            float m = line[b];
            pre[b] = m;
            for (int i = b + 1; i < e; i++) { float v = line[i]; if (v > m) m = v; pre[i] = m; }
            m = line[e - 1];
            suf[e - 1] = m;
            for (int i = e - 2; i >= b; i--) { float v = line[i]; if (v > m) m = v; suf[i] = m; }
        }
        for (int i = r; i < n - r; i++) {
            float a = suf[i - r], c = pre[i + r];
            res[i] = a > c ? a : c;
        }
    }

    private static void runningMin(float[] line, float[] res, float[] pre, float[] suf, int n, int r) {
        int win = 2 * r + 1;
        for (int b = 0; b < n; b += win) {
            int e = Math.min(n, b + win);
            float m = line[b];
            pre[b] = m;
            for (int i = b + 1; i < e; i++) { float v = line[i]; if (v < m) m = v; pre[i] = m; }
            m = line[e - 1];
            suf[e - 1] = m;
            for (int i = e - 2; i >= b; i--) { float v = line[i]; if (v < m) m = v; suf[i] = m; }
        }
        for (int i = r; i < n - r; i++) {
            float a = suf[i - r], c = pre[i + r];
            res[i] = a < c ? a : c;
        }
    }
}
