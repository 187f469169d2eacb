package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;

/**
 * A small luma patch cut from the full-size image: eye centres are located at full resolution
 * (the working image may give an eye only a few pixels), but on a patch of bounded size so the
 * cost does not grow with the megapixels.
 */
final class Patch {
    private Patch() {}

    /**
     * sRGB-encoded luma (0..255) of the full-size region [x0, x1) x [y0, y1), sampled to outW x
     * outH: each output pixel is the mean of the full-size pixels its area covers (sampled on a
     * grid of at most 4x4 when that area is large, which is plenty for a pre-smoothed gradient
     * analysis), or bilinearly interpolated when enlarging (nearest-pixel blocks would give the
     * gradient analysis edges that are not in the picture).
     */
    static LumaPlane luma(FloatImage full, double x0, double y0, double x1, double y1, int outW, int outH) {
        float[] out = new float[outW * outH];
        int fw = full.width(), fh = full.height();
        float[] r = full.plane(0), g = full.plane(1), b = full.plane(2);
        double sx = (x1 - x0) / outW, sy = (y1 - y0) / outH;
        if (sx < 1 || sy < 1) {
            for (int y = 0; y < outH; y++) {
                double py = Math.max(0, Math.min(fh - 1, y0 + (y + 0.5) * sy - 0.5));
                int iy = Math.min((int) py, Math.max(0, fh - 2));
                float ty = (float) (py - iy);
                for (int x = 0; x < outW; x++) {
                    double px = Math.max(0, Math.min(fw - 1, x0 + (x + 0.5) * sx - 0.5));
                    int ix = Math.min((int) px, Math.max(0, fw - 2));
                    float tx = (float) (px - ix);
                    int k = iy * fw + ix, kx = Math.min(ix + 1, fw - 1) - ix, ky = Math.min(iy + 1, fh - 1) > iy ? fw : 0;
                    float top = lum(r, g, b, k) * (1 - tx) + lum(r, g, b, k + kx) * tx;
                    float bot = lum(r, g, b, k + ky) * (1 - tx) + lum(r, g, b, k + ky + kx) * tx;
                    out[y * outW + x] = 255f * (top * (1 - ty) + bot * ty);
                }
            }
            return new LumaPlane(outW, outH, out);
        }
        int nx = Math.max(1, Math.min(4, (int) Math.round(sx))), ny = Math.max(1, Math.min(4, (int) Math.round(sy)));
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                float acc = 0;
                for (int j = 0; j < ny; j++) {
                    int py = clamp((int) Math.floor(y0 + (y + (j + 0.5) / ny) * sy), fh);
                    for (int i = 0; i < nx; i++) {
                        int px = clamp((int) Math.floor(x0 + (x + (i + 0.5) / nx) * sx), fw);
                        int k = py * fw + px;
                        acc += 0.299f * Srgb.encode(r[k]) + 0.587f * Srgb.encode(g[k]) + 0.114f * Srgb.encode(b[k]);
                    }
                }
                out[y * outW + x] = 255f * acc / (nx * ny);
            }
        }
        return new LumaPlane(outW, outH, out);
    }

    private static float lum(float[] r, float[] g, float[] b, int k) {
        return 0.299f * Srgb.encode(r[k]) + 0.587f * Srgb.encode(g[k]) + 0.114f * Srgb.encode(b[k]);
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : Math.min(v, n - 1);
    }
}
