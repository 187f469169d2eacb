package dev.patina.scene;

/**
 * Chessboard (L∞) distance to the nearest marked pixel, in two raster passes. "Every pixel within
 * r of x is unmarked" is "distance(x) > r": the same test as a running max over a (2r+1)² window,
 * at a fraction of its cost, and one transform answers it for every r.
 */
final class Chessboard {
    private Chessboard() {}

    /** Distance from each pixel to the nearest pixel where {@code marked} is true (0 there). */
    static int[] distance(boolean[] marked, int w, int h) {
        int n = w * h;
        int far = w + h;
        int[] d = new int[n];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int i = y * w + x;
            int v = marked[i] ? 0 : far;
            if (v > 0) {
                if (x > 0) v = Math.min(v, d[i - 1] + 1);
                if (y > 0) {
                    v = Math.min(v, d[i - w] + 1);
                    if (x > 0) v = Math.min(v, d[i - w - 1] + 1);
                    if (x < w - 1) v = Math.min(v, d[i - w + 1] + 1);
                }
            }
            d[i] = v;
        }
        for (int y = h - 1; y >= 0; y--) for (int x = w - 1; x >= 0; x--) {
            int i = y * w + x, v = d[i];
            if (v == 0) continue;
            if (x < w - 1) v = Math.min(v, d[i + 1] + 1);
            if (y < h - 1) {
                v = Math.min(v, d[i + w] + 1);
                if (x < w - 1) v = Math.min(v, d[i + w + 1] + 1);
                if (x > 0) v = Math.min(v, d[i + w - 1] + 1);
            }
            d[i] = v;
        }
        return d;
    }
}
