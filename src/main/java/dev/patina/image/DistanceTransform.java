package dev.patina.image;

/**
 * Exact Euclidean distance transform (Felzenszwalb and Huttenlocher 2012): for every pixel, the
 * distance in pixels to the nearest pixel that is not inside. Two passes of the 1D transform of
 * squared distances (lower envelope of parabolas), linear in the pixel count.
 */
public final class DistanceTransform {
    private static final float FAR = 1e20f;

    private DistanceTransform() {}

    /** Distances to the nearest outside pixel (0 outside); beyond the image counts as outside when {@code borderOutside}. */
    public static float[] inside(boolean[] inside, int w, int h, boolean borderOutside) {
        float[] f = new float[w * h];
        for (int i = 0; i < f.length; i++) f[i] = inside[i] ? FAR : 0;
        int pad = borderOutside ? 1 : 0;
        int n = Math.max(w, h) + 2 * pad;
        float[] line = new float[n], out = new float[n], z = new float[n + 1];
        int[] v = new int[n];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) line[y + pad] = f[y * w + x];
            if (pad > 0) { line[0] = 0; line[h + 1] = 0; }
            transform(line, h + 2 * pad, out, v, z);
            for (int y = 0; y < h; y++) f[y * w + x] = out[y + pad];
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) line[x + pad] = f[y * w + x];
            if (pad > 0) { line[0] = 0; line[w + 1] = 0; }
            transform(line, w + 2 * pad, out, v, z);
            for (int x = 0; x < w; x++) f[y * w + x] = (float) Math.sqrt(out[x + pad]);
        }
        return f;
    }

    /** The largest distance in a transform: the radius of the largest disc that fits inside. */
    public static float max(float[] d) {
        float m = 0;
        for (float v : d) m = Math.max(m, v);
        return m;
    }

    /** The 1D squared-distance transform of f[0..n) into d: the lower envelope of parabolas rooted at each f. */
    private static void transform(float[] f, int n, float[] d, int[] v, float[] z) {
        int k = 0;
        v[0] = 0;
        z[0] = -Float.MAX_VALUE;
        z[1] = Float.MAX_VALUE;
        for (int q = 1; q < n; q++) {
            double s = intersection(f, v[k], q);
            while (s <= z[k]) {
                k--;
                s = intersection(f, v[k], q);
            }
            k++;
            v[k] = q;
            z[k] = (float) s;
            z[k + 1] = Float.MAX_VALUE;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) k++;
            double dq = q - v[k];
            d[q] = (float) (dq * dq + f[v[k]]);
        }
    }

    /** Where the parabolas rooted at p and q (p < q) cross. */
    private static double intersection(float[] f, int p, int q) {
        return ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * (q - p));
    }
}
