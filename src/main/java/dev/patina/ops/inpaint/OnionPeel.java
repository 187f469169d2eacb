package dev.patina.ops.inpaint;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The starting guess at the coarsest level: the hole is filled from its border inwards, one layer
 * at a time (an onion peel), each pixel copied from the centre of the source patch that best matches
 * what is already known around it (Efros and Leung 1999). Edges and colours reaching the border are
 * continued into the hole; a smooth (membrane) start would instead mix the colours on both sides into
 * a flat blend that patch matching then happily keeps, because smooth source patches match it best.
 */
final class OnionPeel {
    /** Above this many source centres, every k-th is tried (the coarse guess needs no exact best). */
    private static final int MAX_CANDIDATES = 6000;

    private OnionPeel() {}

    static void fill(Level lv, int r) {
        int w = lv.w, h = lv.h;
        float[] dist = DistanceTransform.inside(lv.hole, w, h);
        boolean[] known = new boolean[w * h];
        for (int i = 0; i < known.length; i++) known[i] = !lv.hole[i];
        int[] cand = lv.validList;
        if (cand.length > MAX_CANDIDATES) {
            int step = (cand.length + MAX_CANDIDATES - 1) / MAX_CANDIDATES;
            int[] sub = new int[(cand.length + step - 1) / step];
            for (int k = 0; k < sub.length; k++) sub[k] = cand[k * step];
            cand = sub;
        }
        final int[] candidates = cand;
        float maxD = DistanceTransform.maxInside(dist);
        // Layer k holds the hole pixels with distance in (k-1, k]: all of them see the same known set.
        for (int layer = 1; layer <= (int) Math.ceil(maxD); layer++) {
            final int k = layer;
            int[] pixels = IntStream.range(0, w * h).filter(i -> lv.hole[i] && !known[i] && dist[i] <= k).toArray();
            int[] best = new int[pixels.length];
            IntStream.range(0, pixels.length).parallel().forEach(j -> best[j] = bestSource(lv, known, pixels[j], candidates, r));
            for (int j = 0; j < pixels.length; j++) {
                int p = pixels[j], s = best[j];
                if (s >= 0) System.arraycopy(lv.img, Level.C * s, lv.img, Level.C * p, Level.C);
            }
            for (int p : pixels) known[p] = true;
        }
    }

    /** The candidate centre whose patch best matches the known pixels of the patch at p; -1 if none known. */
    private static int bestSource(Level lv, boolean[] known, int p, int[] candidates, int r) {
        int w = lv.w;
        int px = p % w, py = p / w;
        // Offsets of the known pixels around p, gathered once.
        int[] off = new int[(2 * r + 1) * (2 * r + 1)];
        final int C = Level.C;
        float[] val = new float[C * off.length];
        int n = 0;
        for (int dy = -r; dy <= r; dy++) {
            int y = py + dy;
            if (y < 0 || y >= lv.h) continue;
            for (int dx = -r; dx <= r; dx++) {
                int x = px + dx;
                if (x < 0 || x >= w || !known[y * w + x]) continue;
                off[n] = dy * w + dx;
                System.arraycopy(lv.img, C * (y * w + x), val, C * n, C);
                n++;
            }
        }
        if (n == 0) return -1;
        off = Arrays.copyOf(off, n);
        float bestCost = Float.POSITIVE_INFINITY;
        int best = -1;
        float[] img = lv.img;
        for (int s : candidates) {
            float sum = 0;
            for (int k = 0; k < n && sum < bestCost; k++) {
                int q = C * (s + off[k]), v = C * k;
                for (int c = 0; c < C; c++) {
                    float d = img[q + c] - val[v + c];
                    sum += d * d;
                }
            }
            if (sum < bestCost) { bestCost = sum; best = s; }
        }
        return best;
    }
}
