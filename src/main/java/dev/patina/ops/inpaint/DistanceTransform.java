package dev.patina.ops.inpaint;

/**
 * Exact Euclidean distance transform (Felzenszwalb and Huttenlocher 2012: a lower envelope of
 * parabolas per row, then per column). For every hole pixel it gives the distance to the nearest
 * pixel outside the hole; that is the arrival time of a front marching inwards from the hole's
 * border at unit speed, the quantity the fast marching method approximates. It orders the marching
 * fill and measures how thick a hole is, which decides between the marching fill and patch synthesis.
 */
final class DistanceTransform {
    private static final float INF = 1e20f;

    private DistanceTransform() {}

    /**
     * Distances (in pixels) from each hole pixel to the nearest non-hole pixel; 0 outside the hole.
     * Pixels beyond the image edge do not count as outside: a hole touching the border is as thick
     * as its extent inwards from the other sides.
     */
    static float[] inside(boolean[] hole, int w, int h) {
        float[] f = new float[w * h];
        for (int i = 0; i < f.length; i++) f[i] = hole[i] ? INF : 0f;
        float[] col = new float[h], colOut = new float[h];
        float[] row = new float[w], rowOut = new float[w];
        int n = Math.max(w, h);
        int[] v = new int[n];
        float[] z = new float[n + 1];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) col[y] = f[y * w + x];
            squared1d(col, h, colOut, v, z);
            for (int y = 0; y < h; y++) f[y * w + x] = colOut[y];
        }
        for (int y = 0; y < h; y++) {
            System.arraycopy(f, y * w, row, 0, w);
            squared1d(row, w, rowOut, v, z);
            for (int x = 0; x < w; x++) f[y * w + x] = (float) Math.sqrt(rowOut[x]);
        }
        return f;
    }

    /** One-dimensional squared distance transform of a sampled function f (INF = no site). */
    private static void squared1d(float[] f, int n, float[] d, int[] v, float[] z) {
        int k = 0;
        int first = -1;
        for (int q = 0; q < n; q++) if (f[q] < INF) { first = q; break; }
        if (first < 0) {
            for (int q = 0; q < n; q++) d[q] = INF;
            return;
        }
        v[0] = first;
        z[0] = -INF;
        z[1] = INF;
        for (int q = first + 1; q < n; q++) {
            if (f[q] >= INF) continue;
            double s;
            while (true) {
                int p = v[k];
                s = (((double) f[q] + (double) q * q) - ((double) f[p] + (double) p * p)) / (2.0 * (q - p));
                if (s <= z[k]) k--; // z[0] is -INF, so this stops at the first parabola
                else break;
            }
            k++;
            v[k] = q;
            z[k] = (float) s;
            z[k + 1] = INF;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) k++;
            float dq = q - v[k];
            d[q] = dq * dq + f[v[k]];
        }
    }

    /** The largest inside distance: half the thickness of the thickest part of the hole. */
    static float maxInside(float[] dist) {
        float m = 0;
        for (float d : dist) m = Math.max(m, d);
        return m;
    }
}
