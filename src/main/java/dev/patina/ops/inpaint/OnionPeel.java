package dev.patina.ops.inpaint;

import dev.patina.image.DistanceTransform;

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
    /**
     * Candidates per pixel: the valid centres in a window around it (texture is most alike near the
     * hole, and a long thin hole must not cost its length squared), thinned to about this many.
     */
    private static final int MAX_CANDIDATES = 1500;

    private OnionPeel() {}

    static void fill(Level lv, int r) {
        int w = lv.w, h = lv.h;
        float[] dist = DistanceTransform.inside(lv.hole, w, h, false);
        boolean[] known = new boolean[w * h];
        for (int i = 0; i < known.length; i++) known[i] = !lv.hole[i];
        float maxD = DistanceTransform.max(dist);
        // Window: a few hole radii around the pixel, at least enough for a good choice of patches.
        int win = (int) Math.max(6 * r, 4 * maxD);
        // Layer k holds the hole pixels with distance in (k-1, k]: all of them see the same known set.
        for (int layer = 1; layer <= (int) Math.ceil(maxD); layer++) {
            final int k = layer;
            int[] pixels = IntStream.range(0, w * h).filter(i -> lv.hole[i] && !known[i] && dist[i] <= k).toArray();
            int[] best = new int[pixels.length];
            IntStream.range(0, pixels.length).parallel().forEach(j -> best[j] = bestSource(lv, known, pixels[j], win, r));
            for (int j = 0; j < pixels.length; j++) {
                int p = pixels[j], s = best[j];
                if (s >= 0) System.arraycopy(lv.img, Level.C * s, lv.img, Level.C * p, Level.C);
            }
            for (int p : pixels) known[p] = true;
        }
    }

    /**
     * The valid centre within {@code win} of p whose patch best matches the known pixels of the
     * patch at p (the whole picture if the window holds none); -1 if nothing around p is known.
     */
    private static int bestSource(Level lv, boolean[] known, int p, int win, int r) {
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
        int x0 = Math.max(r, px - win), x1 = Math.min(w - 1 - r, px + win);
        int y0 = Math.max(r, py - win), y1 = Math.min(lv.h - 1 - r, py + win);
        long area = (long) Math.max(0, x1 - x0 + 1) * Math.max(0, y1 - y0 + 1);
        int stride = (int) Math.max(1, Math.ceil(Math.sqrt(area / (double) MAX_CANDIDATES)));
        int best = search(lv, off, val, n, x0, x1, y0, y1, stride);
        if (best < 0) {
            int[] all = lv.validList;
            int step = Math.max(1, all.length / MAX_CANDIDATES);
            best = scan(lv, off, val, n, all, step);
        }
        return best;
    }

    private static int search(Level lv, int[] off, float[] val, int n, int x0, int x1, int y0, int y1, int stride) {
        float bestCost = Float.POSITIVE_INFINITY;
        int best = -1;
        // A stride offset by the row keeps the thinned grid from lining up with vertical texture.
        for (int y = y0; y <= y1; y += stride) {
            for (int x = x0 + ((y / stride) % stride); x <= x1; x += stride) {
                int s = y * lv.w + x;
                if (!lv.validCentre[s]) continue;
                float sum = cost(lv.img, off, val, n, s, bestCost);
                if (sum < bestCost) { bestCost = sum; best = s; }
            }
        }
        return best;
    }

    private static int scan(Level lv, int[] off, float[] val, int n, int[] all, int step) {
        float bestCost = Float.POSITIVE_INFINITY;
        int best = -1;
        for (int k = 0; k < all.length; k += step) {
            float sum = cost(lv.img, off, val, n, all[k], bestCost);
            if (sum < bestCost) { bestCost = sum; best = all[k]; }
        }
        return best;
    }

    private static float cost(float[] img, int[] off, float[] val, int n, int s, float bound) {
        final int C = Level.C;
        float sum = 0;
        for (int k = 0; k < n && sum < bound; k++) {
            int q = C * (s + off[k]), v = C * k;
            for (int c = 0; c < C; c++) {
                float d = img[q + c] - val[v + c];
                sum += d * d;
            }
        }
        return sum;
    }
}
