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
        double[] prefix = new double[Math.max(w, h) + 1];
        for (int y = 0; y < h; y++) {
            int base = y * w;
            for (int x = 0; x < w; x++) prefix[x + 1] = prefix[x] + src[base + x];
            for (int x = 0; x < w; x++) {
                int a = Math.max(0, x - r), b = Math.min(w, x + r + 1);
                tmp[base + x] = (float) ((prefix[b] - prefix[a]) / (b - a));
            }
        }
        float[] out = new float[w * h];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) prefix[y + 1] = prefix[y] + tmp[y * w + x];
            for (int y = 0; y < h; y++) {
                int a = Math.max(0, y - r), b = Math.min(h, y + r + 1);
                out[y * w + x] = (float) ((prefix[b] - prefix[a]) / (b - a));
            }
        }
        return out;
    }
}
