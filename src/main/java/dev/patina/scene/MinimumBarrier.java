package dev.patina.scene;

import dev.patina.image.Resample;

/**
 * Salient-object map by the minimum barrier distance to the image border (Zhang, Sclaroff, Lin,
 * Shen, Price and Mech 2015, "Minimum Barrier Salient Object Detection at 80 FPS"). The barrier
 * of a path is the spread (max - min) of the values along it; a pixel's distance is the smallest
 * barrier over all paths to the border. Background regions connect to the border through smooth
 * paths (small barrier), an object is fenced off by its edge (large barrier): the border
 * connectivity prior, robust to a textured background in a way colour contrast is not.
 * Computed with FastMBD's alternating raster scans on a small copy (the paper uses 300 px).
 *
 * <p>The seeds are the top, left and right edges but not the bottom: a portrait's bust, a standing
 * figure's feet and a product on a table are cut by the bottom edge, and with the bottom as a seed
 * they would have no barrier at all. The ground in a landscape still reaches the side edges.
 */
final class MinimumBarrier {
    /** Longer side of the copy the scans run on; the result is smooth, a small copy loses nothing. */
    static final int SIDE = 220;
    private static final int PASSES = 3;

    private MinimumBarrier() {}

    /**
     * The barrier distance summed over the three channels, at w x h (upsampled from the small
     * copy); raw units (encoded colour, 0..3), so callers can tell a flat image from a real object.
     */
    static float[] distance(float[][] c, int w, int h) {
        double s = Math.min(1, SIDE / (double) Math.max(w, h));
        int sw = Math.max(2, (int) Math.round(w * s)), sh = Math.max(2, (int) Math.round(h * s));
        float[] sum = new float[sw * sh];
        for (int ch = 0; ch < 3; ch++) {
            float[] small = Resample.plane(c[ch], w, h, sw, sh, Resample.Filter.TENT);
            float[] d = channel(small, sw, sh);
            for (int i = 0; i < d.length; i++) sum[i] += d[i];
        }
        return Resample.plane(sum, sw, sh, w, h, Resample.Filter.TENT);
    }

    /**
     * MB+'s backgroundness (Zhang et al. 2015, section 3.2): the colour distance of each pixel to
     * the colours of the border regions, each region a Gaussian (Mahalanobis distance); the most
     * distant region is dropped (it may hold the subject) and the rest summed. It catches what the
     * barrier alone misses: a white cloud in a blue sky is fenced off by its edge, but its colour
     * is the sky's. Top, left and right regions only, as for the seeds. Normalised to 0..1.
     */
    static float[] backgroundness(float[][] c, int w, int h) {
        int m = Math.max(1, Math.round(0.07f * Math.min(w, h)));
        int[][] region = {{0, 0, w, m}, {0, 0, m, h}, {w - m, 0, w, h}};
        int n = w * h;
        float[][] dist = new float[region.length][n];
        for (int r = 0; r < region.length; r++) {
            int[] q = region[r];
            double[] mean = new double[3], cov = new double[9];
            long cnt = 0;
            for (int y = q[1]; y < q[3]; y++) for (int x = q[0]; x < q[2]; x++) {
                int i = y * w + x;
                for (int a = 0; a < 3; a++) mean[a] += c[a][i];
                cnt++;
            }
            for (int a = 0; a < 3; a++) mean[a] /= cnt;
            for (int y = q[1]; y < q[3]; y++) for (int x = q[0]; x < q[2]; x++) {
                int i = y * w + x;
                for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) cov[3 * a + b] += (c[a][i] - mean[a]) * (c[b][i] - mean[b]) / cnt;
            }
            for (int a = 0; a < 3; a++) cov[4 * a] += 1e-3; // a flat region must not give infinite distances
            double[] inv = invert3(cov);
            for (int i = 0; i < n; i++) {
                double d0 = c[0][i] - mean[0], d1 = c[1][i] - mean[1], d2 = c[2][i] - mean[2];
                double q2 = d0 * (inv[0] * d0 + inv[1] * d1 + inv[2] * d2) + d1 * (inv[3] * d0 + inv[4] * d1 + inv[5] * d2)
                    + d2 * (inv[6] * d0 + inv[7] * d1 + inv[8] * d2);
                dist[r][i] = (float) Math.sqrt(Math.max(0, q2));
            }
        }
        float[] out = new float[n];
        float max = 0;
        for (int i = 0; i < n; i++) {
            float a = dist[0][i], b = dist[1][i], d = dist[2][i];
            out[i] = a + b + d - Math.max(a, Math.max(b, d));
            max = Math.max(max, out[i]);
        }
        float norm = Math.max(SubjectSeeds.percentile(out, 0.97), 1e-6f);
        if (max > 0) for (int i = 0; i < n; i++) out[i] = Math.min(1, out[i] / norm);
        return out;
    }

    private static double[] invert3(double[] m) {
        double a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5], g = m[6], h = m[7], k = m[8];
        double A = e * k - f * h, B = -(d * k - f * g), C = d * h - e * g;
        double det = a * A + b * B + c * C;
        if (Math.abs(det) < 1e-30) det = 1e-30;
        return new double[] {A / det, -(b * k - c * h) / det, (b * f - c * e) / det,
            B / det, (a * k - c * g) / det, -(a * f - c * d) / det,
            C / det, -(a * h - b * g) / det, (a * e - b * d) / det};
    }

    /** FastMBD on one channel: forward and backward raster scans, each relaxing from 2 neighbours. */
    static float[] channel(float[] img, int w, int h) {
        int n = w * h;
        float[] d = new float[n], hi = new float[n], lo = new float[n];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int i = y * w + x;
            hi[i] = lo[i] = img[i];
            d[i] = (x == 0 || y == 0 || x == w - 1) ? 0f : Float.MAX_VALUE;
        }
        for (int pass = 0; pass < PASSES; pass++) {
            for (int y = 1; y < h; y++) for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                relax(img, d, hi, lo, i, i - 1);
                relax(img, d, hi, lo, i, i - w);
            }
            for (int y = h - 1; y >= 1; y--) for (int x = w - 2; x >= 1; x--) {
                int i = y * w + x;
                relax(img, d, hi, lo, i, i + 1);
                if (y < h - 1) relax(img, d, hi, lo, i, i + w);
            }
        }
        return d;
    }

    private static void relax(float[] img, float[] d, float[] hi, float[] lo, int i, int j) {
        float v = img[i];
        float u = Math.max(hi[j], v), l = Math.min(lo[j], v);
        float b = u - l;
        if (b < d[i]) {
            d[i] = b;
            hi[i] = u;
            lo[i] = l;
        }
    }
}
