package dev.patina.ops.depth;

/**
 * Means over (2r+1)² windows clipped to the image (a window at the border averages only the pixels
 * it covers, so nothing outside the image is invented). Sums run in double over whole rows and
 * columns of whole images, so the result is deterministic; global ops never see tiles.
 */
public final class BoxMean {
    private BoxMean() {}

    public static float[] of(float[] src, int w, int h, int r) {
        float[] tmp = new float[w * h];
        double[] prefix = new double[w + 1];
        for (int y = 0; y < h; y++) {
            int base = y * w;
            for (int x = 0; x < w; x++) prefix[x + 1] = prefix[x] + src[base + x];
            for (int x = 0; x < w; x++) {
                int a = Math.max(0, x - r), b = Math.min(w, x + r + 1);
                tmp[base + x] = (float) ((prefix[b] - prefix[a]) / (b - a));
            }
        }
        // Vertical pass row by row (cache-friendly): running column sums over the clipped window.
        float[] out = new float[w * h];
        double[] col = new double[w];
        for (int y = 0; y < Math.min(h, r); y++) for (int x = 0; x < w; x++) col[x] += tmp[y * w + x];
        for (int y = 0; y < h; y++) {
            int add = y + r, sub = y - r - 1;
            if (add < h) for (int x = 0, o = add * w; x < w; x++) col[x] += tmp[o + x];
            if (sub >= 0) for (int x = 0, o = sub * w; x < w; x++) col[x] -= tmp[o + x];
            int count = Math.min(h, y + r + 1) - Math.max(0, y - r);
            double inv = 1.0 / count;
            for (int x = 0, o = y * w; x < w; x++) out[o + x] = (float) (col[x] * inv);
        }
        return out;
    }
}
