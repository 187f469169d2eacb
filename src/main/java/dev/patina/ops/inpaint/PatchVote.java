package dev.patina.ops.inpaint;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The "M" step of Wexler, Shechtman and Irani's completion (2007) as PatchMatch uses it: every pixel
 * of the hole becomes the weighted mean of what the source patches matched to the target patches
 * covering it say it should be. A patch that matched well weighs more (exp(-d / 2 sigma^2), sigma^2
 * the 75th percentile of the matches' distances), which keeps the mean from washing texture out where
 * one good match and several poor ones overlap.
 */
final class PatchVote {
    private PatchVote() {}

    /** Weight per target, indexed like the picture. */
    static float[] weights(NearestNeighbourField f) {
        int n = f.targets.length;
        float[] mean = new float[n];
        for (int k = 0; k < n; k++) {
            int t = f.targets[k];
            mean[k] = f.cost[t] / (Level.C * f.patchPixels(t));
        }
        float[] sorted = mean.clone();
        Arrays.sort(sorted);
        float sigma2 = Math.max(1e-6f, n == 0 ? 1 : sorted[(int) (0.75 * (n - 1))]);
        float[] w = new float[f.lv.w * f.lv.h];
        for (int k = 0; k < n; k++) w[f.targets[k]] = Math.max(1e-30f, (float) Math.exp(-mean[k] / (2 * sigma2)));
        return w;
    }

    /** Writes the vote into the hole pixels of the level's picture. */
    static void intoHole(NearestNeighbourField f) {
        Level lv = f.lv;
        float[] w = weights(f);
        int[] holePixels = indices(lv.hole);
        int chunk = 4096;
        IntStream.range(0, (holePixels.length + chunk - 1) / chunk).parallel().forEach(c -> {
            float[] out = new float[Level.C];
            for (int k = c * chunk; k < Math.min(holePixels.length, (c + 1) * chunk); k++) {
                int p = holePixels[k];
                if (vote(f, w, p, out)) System.arraycopy(out, 0, lv.img, Level.C * p, Level.C);
            }
        });
    }

    /**
     * Each hole pixel copied from the centre of its own patch's match: no averaging at all. Where
     * the field is coherent this equals the vote; where it is not, it keeps texture the mean would
     * wash out.
     */
    static void copyCentres(NearestNeighbourField f) {
        Level lv = f.lv;
        int[] holePixels = indices(lv.hole);
        IntStream.range(0, holePixels.length).parallel().forEach(k -> {
            int p = holePixels[k];
            System.arraycopy(lv.img, Level.C * f.match[p], lv.img, Level.C * p, Level.C);
        });
    }

    /**
     * The vote at pixel p from the target patches covering it (all of them, for a hole pixel; only
     * those touching the hole, for a pixel outside it). False when no target covers p.
     */
    static boolean vote(NearestNeighbourField f, float[] w, int p, float[] out) {
        Level lv = f.lv;
        int r = f.r, width = lv.w;
        int px = p % width, py = p / width;
        final int C = Level.C;
        double[] acc = new double[C];
        double ws = 0;
        for (int dy = -r; dy <= r; dy++) {
            int ty = py - dy;
            if (ty < 0 || ty >= lv.h) continue;
            for (int dx = -r; dx <= r; dx++) {
                int tx = px - dx;
                if (tx < 0 || tx >= width) continue;
                int t = ty * width + tx;
                float wt = w[t];
                if (wt <= 0) continue; // not a target
                int q = C * (f.match[t] + dy * width + dx);
                for (int c = 0; c < C; c++) acc[c] += wt * lv.img[q + c];
                ws += wt;
            }
        }
        if (ws <= 0) return false;
        for (int c = 0; c < C; c++) out[c] = (float) (acc[c] / ws);
        return true;
    }

    static int[] indices(boolean[] m) {
        int n = 0;
        for (boolean b : m) if (b) n++;
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < m.length; i++) if (m[i]) out[k++] = i;
        return out;
    }
}
