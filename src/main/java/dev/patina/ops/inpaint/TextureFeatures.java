package dev.patina.ops.inpaint;

import java.util.stream.IntStream;

/**
 * The texture features of Newson, Almansa, Gousseau and Pérez (2014): per pixel, the mean absolute
 * horizontal and vertical luminance difference over a small window, taken from pixels outside the
 * hole only. Stored as channels 3 and 4 of a {@link Level}; inside the hole they are unknown and are
 * filled along with the colour. Averaging down the pyramid makes a coarse pixel's features the
 * gradient energy of the full-resolution block it stands for, so texture is seen at every level.
 */
final class TextureFeatures {
    /** Window radius at full resolution. */
    private static final int RADIUS = 2;

    private TextureFeatures() {}

    /** Writes the features (scaled by sqrt(weight), so a plain sum of squares weighs them) into img. */
    static void compute(float[] luma, boolean[] hole, int w, int h, float weight, float[] img) {
        int n = w * h;
        float[] gx = new float[n], gy = new float[n];
        float[] okx = new float[n], oky = new float[n];
        IntStream.range(0, h).parallel().forEach(y -> {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (hole[i]) continue;
                if (x + 1 < w && !hole[i + 1]) { gx[i] = Math.abs(luma[i + 1] - luma[i]); okx[i] = 1; }
                if (y + 1 < h && !hole[i + w]) { gy[i] = Math.abs(luma[i + w] - luma[i]); oky[i] = 1; }
            }
        });
        float scale = (float) Math.sqrt(weight);
        boxMean(gx, okx, w, h, img, 3, scale, hole);
        boxMean(gy, oky, w, h, img, 4, scale, hole);
    }

    /** Mean of v over the valid pixels of each (2R+1)^2 window (running sums), into channel c of img. */
    private static void boxMean(float[] v, float[] ok, int w, int h, float[] img, int c, float scale, boolean[] hole) {
        int n = w * h;
        float[] rs = new float[n], rc = new float[n];
        IntStream.range(0, h).parallel().forEach(y -> {
            int row = y * w;
            float s = 0, k = 0;
            for (int x = 0; x < Math.min(w, RADIUS); x++) { s += v[row + x]; k += ok[row + x]; }
            for (int x = 0; x < w; x++) {
                int add = x + RADIUS, drop = x - RADIUS - 1;
                if (add < w) { s += v[row + add]; k += ok[row + add]; }
                if (drop >= 0) { s -= v[row + drop]; k -= ok[row + drop]; }
                rs[row + x] = s;
                rc[row + x] = k;
            }
        });
        // Vertical pass row by row over blocks of columns: running column sums, memory read in order.
        int cols = 256;
        IntStream.range(0, (w + cols - 1) / cols).parallel().forEach(b -> {
            int x0 = b * cols, x1 = Math.min(w, x0 + cols), bw = x1 - x0;
            float[] s = new float[bw], k = new float[bw];
            for (int y = 0; y < Math.min(h, RADIUS); y++) {
                for (int x = x0; x < x1; x++) { s[x - x0] += rs[y * w + x]; k[x - x0] += rc[y * w + x]; }
            }
            for (int y = 0; y < h; y++) {
                int add = y + RADIUS, drop = y - RADIUS - 1;
                for (int x = x0; x < x1; x++) {
                    int j = x - x0;
                    if (add < h) { s[j] += rs[add * w + x]; k[j] += rc[add * w + x]; }
                    if (drop >= 0) { s[j] -= rs[drop * w + x]; k[j] -= rc[drop * w + x]; }
                    int i = y * w + x;
                    if (!hole[i]) img[Level.C * i + c] = k[j] > 0.5f ? scale * s[j] / k[j] : 0;
                }
            }
        });
    }
}
