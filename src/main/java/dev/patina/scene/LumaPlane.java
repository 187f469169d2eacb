package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;

/**
 * A grey image in 0..255 of sRGB-encoded luma (Rec. 601 weights on gamma-encoded values). The
 * cascades were trained on 8-bit greyscale photos converted exactly this way, so detection sees
 * what they were trained on; linear light would make shadows darker than anything they saw.
 */
public final class LumaPlane {
    final int width, height;
    final float[] v;

    LumaPlane(int width, int height, float[] v) {
        if (v.length != width * height) throw new IllegalArgumentException("plane size does not match " + width + "x" + height);
        this.width = width;
        this.height = height;
        this.v = v;
    }

    public int width() { return width; }

    public int height() { return height; }

    public float at(int x, int y) { return v[y * width + x]; }

    /** Luma of a linear-light image (its origin ignored). */
    public static LumaPlane of(FloatImage img) {
        int n = img.width() * img.height();
        float[] r = img.plane(0), g = img.plane(1), b = img.plane(2);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = 255f * (0.299f * Srgb.encode(r[i]) + 0.587f * Srgb.encode(g[i]) + 0.114f * Srgb.encode(b[i]));
        }
        return new LumaPlane(img.width(), img.height(), out);
    }

    /** Left-right mirror, for cascades trained on one side of the face only. */
    public LumaPlane mirrored() {
        float[] out = new float[v.length];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) out[row + x] = v[row + width - 1 - x];
        }
        return new LumaPlane(width, height, out);
    }

    /** Half size by 2x2 means: the octave step of the pyramid, alias-free unlike a bilinear halving. */
    public LumaPlane halved() {
        int w = Math.max(1, width / 2), h = Math.max(1, height / 2);
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            int r0 = 2 * y * width, r1 = Math.min(2 * y + 1, height - 1) * width;
            for (int x = 0; x < w; x++) {
                int x0 = 2 * x, x1 = Math.min(2 * x + 1, width - 1);
                out[y * w + x] = 0.25f * (v[r0 + x0] + v[r0 + x1] + v[r1 + x0] + v[r1 + x1]);
            }
        }
        return new LumaPlane(w, h, out);
    }

    /**
     * Bilinear resize to w x h with pixel centres aligned. Used for the steps inside an octave
     * (shrink factors below 2), where bilinear sampling does not alias.
     */
    public LumaPlane resized(int w, int h) {
        if (w == width && h == height) return this;
        float[] out = new float[w * h];
        double sx = width / (double) w, sy = height / (double) h;
        int[] x0 = new int[w];
        float[] fx = new float[w];
        for (int x = 0; x < w; x++) {
            double p = Math.max(0, Math.min(width - 1, (x + 0.5) * sx - 0.5));
            x0[x] = Math.min((int) p, width - 2 < 0 ? 0 : width - 2);
            fx[x] = (float) (p - x0[x]);
        }
        for (int y = 0; y < h; y++) {
            double p = Math.max(0, Math.min(height - 1, (y + 0.5) * sy - 0.5));
            int y0 = Math.min((int) p, Math.max(0, height - 2));
            float fy = (float) (p - y0);
            int r0 = y0 * width, r1 = Math.min(y0 + 1, height - 1) * width;
            for (int x = 0; x < w; x++) {
                int a = x0[x], b = Math.min(a + 1, width - 1);
                float top = v[r0 + a] + (v[r0 + b] - v[r0 + a]) * fx[x];
                float bot = v[r1 + a] + (v[r1 + b] - v[r1 + a]) * fx[x];
                out[y * w + x] = top + (bot - top) * fy;
            }
        }
        return new LumaPlane(w, h, out);
    }

    /** This plane with {@code pad} pixels added on every side, copies of the nearest edge pixel. */
    public LumaPlane padded(int pad) {
        if (pad == 0) return this;
        return crop(-pad, -pad, width + 2 * pad, height + 2 * pad);
    }

    /** The rectangle [x0, x0+w) x [y0, y0+h) clamped to the image, as its own plane. */
    public LumaPlane crop(int x0, int y0, int w, int h) {
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            int sy = Math.min(Math.max(y0 + y, 0), height - 1);
            for (int x = 0; x < w; x++) {
                int sx = Math.min(Math.max(x0 + x, 0), width - 1);
                out[y * w + x] = v[sy * width + sx];
            }
        }
        return new LumaPlane(w, h, out);
    }
}
