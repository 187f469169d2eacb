package dev.patina.ops.skin;

import dev.patina.image.Plane;

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
        float[] tmp = new float[w * h], closed = new float[w * h], pre = new float[w * h], suf = new float[w * h];
        for (int[] d : DIRECTIONS) {
            lineFilter(src.v, tmp, w, h, d[0], d[1], r, true, pre, suf);
            lineFilter(tmp, closed, w, h, d[0], d[1], r, false, pre, suf);
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
     * Max (or min) over the 2r+1 pixels centred on each pixel along direction (dx, dy), by van
     * Herk / Gil-Werman: each line is cut into segments of the window length, prefix and suffix
     * extremes are taken within segments, and a window, which spans at most two segments, is the
     * suffix extreme where it starts combined with the prefix extreme where it ends. Segments are
     * cut at fixed rows (or columns for horizontal lines), so every pass runs row by row through
     * memory. Only pixels at least r from every edge, where windows are whole, are written.
     * pre and suf are scratch of the array's size.
     */
    private static void lineFilter(float[] in, float[] out, int w, int h, int dx, int dy, int r, boolean max,
                                   float[] pre, float[] suf) {
        if (dy == 0) {
            for (int y = r; y < h - r; y++) rowFilter(in, out, y * w, w, r, max, pre, suf);
            return;
        }
        int win = 2 * r + 1;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            boolean cut = y % win == 0;
            for (int x = 0; x < w; x++) {
                int px = x - dx;
                float v = in[row + x];
                pre[row + x] = cut || px < 0 || px >= w ? v : pick(pre[row - w + px], v, max);
            }
        }
        for (int y = h - 1; y >= 0; y--) {
            int row = y * w;
            boolean cut = y % win == win - 1 || y == h - 1;
            for (int x = 0; x < w; x++) {
                int nx = x + dx;
                float v = in[row + x];
                suf[row + x] = cut || nx < 0 || nx >= w ? v : pick(suf[row + w + nx], v, max);
            }
        }
        for (int y = r; y < h - r; y++) {
            int a = (y - r) * w - r * dx, b = (y + r) * w + r * dx;
            for (int x = r; x < w - r; x++) out[y * w + x] = pick(suf[a + x], pre[b + x], max);
        }
    }

    /** The horizontal case on one row starting at off: segments cut at fixed columns. */
    private static void rowFilter(float[] in, float[] out, int off, int w, int r, boolean max, float[] pre, float[] suf) {
        int win = 2 * r + 1;
        for (int b = 0; b < w; b += win) {
            int e = Math.min(w, b + win);
            float m = in[off + b];
            pre[b] = m;
            for (int i = b + 1; i < e; i++) { m = pick(m, in[off + i], max); pre[i] = m; }
            m = in[off + e - 1];
            suf[e - 1] = m;
            for (int i = e - 2; i >= b; i--) { m = pick(m, in[off + i], max); suf[i] = m; }
        }
        for (int i = r; i < w - r; i++) out[off + i] = pick(suf[i - r], pre[i + r], max);
    }

    private static float pick(float a, float b, boolean max) {
        return max ? (a > b ? a : b) : (a < b ? a : b);
    }
}
