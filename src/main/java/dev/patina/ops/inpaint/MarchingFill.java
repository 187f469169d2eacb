package dev.patina.ops.inpaint;

import dev.patina.image.DistanceTransform;

import java.util.Arrays;

/**
 * The fill for thin strokes, after Telea (2004): hole pixels are filled in the order a front
 * marching in from the border reaches them (their distance to the border, see
 * {@link DistanceTransform}), each as a weighted mean of the already known pixels within a small
 * radius, every one extrapolated to it along its own gradient. The weights favour neighbours along
 * the front's normal (so lines crossing a scratch continue through it), near ones, and ones on the
 * same level set. Across a scratch a few pixels wide this is invisible; on large holes it blurs,
 * which is why those go to patch synthesis.
 */
final class MarchingFill {
    private MarchingFill() {}

    /**
     * Fills the hole pixels of {@code planes} (any number of planes, same size) in place.
     *
     * @param radius neighbourhood radius in pixels (Telea's epsilon)
     */
    static void fill(float[][] planes, boolean[] hole, int w, int h, int radius) {
        float[] t = DistanceTransform.inside(hole, w, h, false);
        int n = 0;
        for (boolean b : hole) if (b) n++;
        if (n == 0) return;
        // Order by arrival time; the index breaks ties, so the order (and the result) is fixed.
        long[] order = new long[n];
        int k = 0;
        for (int i = 0; i < hole.length; i++) {
            if (hole[i]) order[k++] = ((long) Float.floatToIntBits(t[i]) << 32) | i;
        }
        Arrays.sort(order);
        boolean[] known = new boolean[hole.length];
        for (int i = 0; i < hole.length; i++) known[i] = !hole[i];
        int planesN = planes.length;
        double[] acc = new double[planesN];
        float[] lo = new float[planesN], hi = new float[planesN];
        for (long o : order) {
            int i = (int) o;
            int px = i % w, py = i / w;
            // Front normal: the gradient of the arrival time.
            float gx = t[clampIndex(px + 1, py, w, h)] - t[clampIndex(px - 1, py, w, h)];
            float gy = t[clampIndex(px, py + 1, w, h)] - t[clampIndex(px, py - 1, w, h)];
            float gn = (float) Math.hypot(gx, gy);
            if (gn > 0) { gx /= gn; gy /= gn; }
            Arrays.fill(acc, 0);
            Arrays.fill(lo, Float.POSITIVE_INFINITY);
            Arrays.fill(hi, Float.NEGATIVE_INFINITY);
            double wsum = 0;
            int y0 = Math.max(0, py - radius), y1 = Math.min(h - 1, py + radius);
            int x0 = Math.max(0, px - radius), x1 = Math.min(w - 1, px + radius);
            for (int qy = y0; qy <= y1; qy++) {
                for (int qx = x0; qx <= x1; qx++) {
                    int q = qy * w + qx;
                    if (!known[q]) continue;
                    int rx = px - qx, ry = py - qy;
                    int d2 = rx * rx + ry * ry;
                    if (d2 == 0 || d2 > radius * radius) continue;
                    double len = Math.sqrt(d2);
                    double dir = gn > 0 ? Math.abs(rx * gx + ry * gy) / len : 1;
                    double wt = Math.max(dir, 1e-3) / d2 / (1 + Math.abs(t[i] - t[q]));
                    for (int c = 0; c < planesN; c++) {
                        float[] p = planes[c];
                        float v = p[q];
                        float ix = gradient(p, known, qx, qy, 1, 0, w, h);
                        float iy = gradient(p, known, qx, qy, 0, 1, w, h);
                        acc[c] += wt * (v + ix * rx + iy * ry);
                        lo[c] = Math.min(lo[c], v);
                        hi[c] = Math.max(hi[c], v);
                    }
                    wsum += wt;
                }
            }
            if (wsum > 0) {
                // Extrapolation along gradients may overshoot at corners; keep within the neighbours.
                for (int c = 0; c < planesN; c++) planes[c][i] = (float) Math.min(hi[c], Math.max(lo[c], acc[c] / wsum));
            } else {
                // Isolated (nothing known within the radius yet): take the nearest known pixel found
                // by widening; only happens for holes far wider than the radius.
                int q = nearestKnown(known, px, py, w, h);
                if (q >= 0) for (float[] p : planes) p[i] = p[q];
            }
            known[i] = true;
        }
    }

    /** Central (or one-sided) difference of p at (x, y) along (dx, dy), from known pixels only. */
    private static float gradient(float[] p, boolean[] known, int x, int y, int dx, int dy, int w, int h) {
        int ax = x + dx, ay = y + dy, bx = x - dx, by = y - dy;
        boolean a = ax < w && ay < h && known[ay * w + ax];
        boolean b = bx >= 0 && by >= 0 && known[by * w + bx];
        float c = p[y * w + x];
        if (a && b) return (p[ay * w + ax] - p[by * w + bx]) * 0.5f;
        if (a) return p[ay * w + ax] - c;
        if (b) return c - p[by * w + bx];
        return 0;
    }

    private static int clampIndex(int x, int y, int w, int h) {
        return Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x));
    }

    private static int nearestKnown(boolean[] known, int px, int py, int w, int h) {
        for (int r = 1; r < Math.max(w, h); r++) {
            int best = -1, bestD = Integer.MAX_VALUE;
            for (int y = Math.max(0, py - r); y <= Math.min(h - 1, py + r); y++) {
                for (int x = Math.max(0, px - r); x <= Math.min(w - 1, px + r); x++) {
                    int q = y * w + x;
                    int d = (x - px) * (x - px) + (y - py) * (y - py);
                    if (known[q] && d < bestD) { bestD = d; best = q; }
                }
            }
            if (best >= 0) return best;
        }
        return -1;
    }
}
