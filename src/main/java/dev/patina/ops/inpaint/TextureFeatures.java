package dev.patina.ops.inpaint;

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
        byte[] okx = new byte[n], oky = new byte[n];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (hole[i]) continue;
                if (x + 1 < w && !hole[i + 1]) { gx[i] = Math.abs(luma[i + 1] - luma[i]); okx[i] = 1; }
                if (y + 1 < h && !hole[i + w]) { gy[i] = Math.abs(luma[i + w] - luma[i]); oky[i] = 1; }
            }
        }
        float scale = (float) Math.sqrt(weight);
        boxMean(gx, okx, w, h, img, 3, scale, hole);
        boxMean(gy, oky, w, h, img, 4, scale, hole);
    }

    /** Mean of v over the valid pixels of each (2R+1)^2 window, written to channel c of img. */
    private static void boxMean(float[] v, byte[] ok, int w, int h, float[] img, int c, float scale, boolean[] hole) {
        int n = w * h;
        float[] rs = new float[n];
        int[] rc = new int[n];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                int k = 0;
                for (int dx = -RADIUS; dx <= RADIUS; dx++) {
                    int xx = x + dx;
                    if (xx < 0 || xx >= w) continue;
                    int j = y * w + xx;
                    if (ok[j] != 0) { s += v[j]; k++; }
                }
                rs[y * w + x] = s;
                rc[y * w + x] = k;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (hole[i]) continue;
                float s = 0;
                int k = 0;
                for (int dy = -RADIUS; dy <= RADIUS; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= h) continue;
                    s += rs[yy * w + x];
                    k += rc[yy * w + x];
                }
                img[Level.C * i + c] = k > 0 ? scale * s / k : 0;
            }
        }
    }
}
