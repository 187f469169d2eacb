package dev.patina.scene;

/**
 * Eye centre localisation by means of gradients (Timm and Barth, VISAPP 2011). At the centre of a
 * dark disc on a brighter ground (iris and pupil in the white of the eye), the image gradients all
 * point radially outwards, so the centre c maximises the mean squared dot product between the
 * unit displacement d_i = (x_i - c) / |x_i - c| and the unit gradient g_i over the strong edges,
 * weighted by how dark the image is at c (pupils are dark, the corners of an eye and the brow's
 * edges are not the centre of anything dark). Only outward-pointing pairs count (d . g > 0):
 * a bright spot (a catch light) has the opposite polarity.
 *
 * <p>A Gaussian prior around the expected position keeps the brows, glasses frames and hair,
 * which also give circular-ish dark structures at the edge of the search region, from winning.
 */
final class EyeCentre {
    private EyeCentre() {}

    /**
     * Where the centre is in patch coordinates; how strong the radial evidence was; and how much
     * darker than the patch's bright part (skin, the white of the eye) the centre is, 0..1: an iris
     * is clearly darker, a patch of plain skin or cloth is not.
     */
    record Result(double x, double y, double strength, double darkness) {}

    static Result locate(LumaPlane patch, double priorX, double priorY, double priorSigma) {
        int w = patch.width, h = patch.height;
        float[] smooth = blur(blur(patch.v, w, h), w, h);
        float[] dark = blur(blur(smooth, w, h), w, h);
        float[] gx = new float[w * h], gy = new float[w * h];
        double sumMag = 0, sumMag2 = 0;
        int count = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                float dx = 0.5f * (smooth[i + 1] - smooth[i - 1]), dy = 0.5f * (smooth[i + w] - smooth[i - w]);
                gx[i] = dx;
                gy[i] = dy;
                double m = Math.hypot(dx, dy);
                sumMag += m;
                sumMag2 += m * m;
                count++;
            }
        }
        double mean = sumMag / Math.max(1, count);
        double std = Math.sqrt(Math.max(0, sumMag2 / Math.max(1, count) - mean * mean));
        double threshold = mean + 0.3 * std; // Timm and Barth's dynamic threshold: keep only real edges
        int[] ex = new int[count], ey = new int[count];
        float[] ux = new float[count], uy = new float[count];
        int n = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                double m = Math.hypot(gx[i], gy[i]);
                if (m > threshold && m > 1e-3) {
                    ex[n] = x;
                    ey[n] = y;
                    ux[n] = (float) (gx[i] / m);
                    uy[n] = (float) (gy[i] / m);
                    n++;
                }
            }
        }
        float maxDark = 0;
        for (float v : dark) maxDark = Math.max(maxDark, 255f - v);
        double best = -1, bestRaw = 0;
        int bx = w / 2, by = h / 2;
        int mx = Math.max(1, w / 10), my = Math.max(1, h / 10);
        double[] objective = new double[w * h];
        double inv2s2 = 1.0 / (2 * priorSigma * priorSigma);
        for (int cy = my; cy < h - my; cy++) {
            for (int cx = mx; cx < w - mx; cx++) {
                double acc = 0;
                for (int k = 0; k < n; k++) {
                    float dx = ex[k] - cx, dy = ey[k] - cy;
                    float d2 = dx * dx + dy * dy;
                    if (d2 == 0) continue;
                    float dot = dx * ux[k] + dy * uy[k];
                    if (dot > 0) acc += dot * dot / d2;
                }
                double raw = acc / Math.max(1, n);
                double weight = maxDark > 0 ? (255f - dark[cy * w + cx]) / maxDark : 1;
                double pdx = cx - priorX, pdy = cy - priorY;
                double o = raw * weight * Math.exp(-(pdx * pdx + pdy * pdy) * inv2s2);
                objective[cy * w + cx] = o;
                if (o > best) {
                    best = o;
                    bestRaw = raw * weight;
                    bx = cx;
                    by = cy;
                }
            }
        }
        // Sub-pixel: the objective-weighted centroid of the 3x3 around the maximum.
        double sx = 0, sy = 0, sw = 0;
        for (int y = Math.max(my, by - 1); y <= Math.min(h - my - 1, by + 1); y++) {
            for (int x = Math.max(mx, bx - 1); x <= Math.min(w - mx - 1, bx + 1); x++) {
                double o = objective[y * w + x];
                sx += o * x;
                sy += o * y;
                sw += o;
            }
        }
        double rx = sw > 0 ? sx / sw : bx, ry = sw > 0 ? sy / sw : by;
        float[] sorted = smooth.clone();
        java.util.Arrays.sort(sorted);
        float bright = sorted[(int) (0.75 * (sorted.length - 1))];
        double darkness = bright > 1 ? Math.max(0, 1 - dark[by * w + bx] / bright) : 0;
        return new Result(rx + 0.5, ry + 0.5, bestRaw, darkness);
    }

    /** 3x3 binomial blur with replicated edges. */
    static float[] blur(float[] v, int w, int h) {
        float[] t = new float[v.length], out = new float[v.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int l = Math.max(0, x - 1), r = Math.min(w - 1, x + 1);
                t[y * w + x] = 0.25f * v[y * w + l] + 0.5f * v[y * w + x] + 0.25f * v[y * w + r];
            }
        }
        for (int y = 0; y < h; y++) {
            int u = Math.max(0, y - 1), d = Math.min(h - 1, y + 1);
            for (int x = 0; x < w; x++) out[y * w + x] = 0.25f * t[u * w + x] + 0.5f * t[y * w + x] + 0.25f * t[d * w + x];
        }
        return out;
    }
}
