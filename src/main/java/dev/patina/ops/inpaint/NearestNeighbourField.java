package dev.patina.ops.inpaint;

import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * PatchMatch (Barnes, Shechtman, Finkelstein and Goldman 2009): for every patch that touches the
 * hole, the source patch (all of it outside the hole and the exclude mask) that looks most alike.
 * Good matches are found by propagation (a neighbour's match shifted by one pixel is probably a good
 * match too, so coherent regions spread across the field in a scan) and random search around the
 * current match at exponentially shrinking radii.
 *
 * <p>Rows are split into bands of a fixed height, scanned on several threads. Inside a band the scan
 * propagates as in the paper; across a band boundary it reads the previous iteration's field, and
 * random candidates are hashes of (seed, level, iteration, pixel), so the field does not depend on
 * the number of threads.
 */
final class NearestNeighbourField {
    private static final int BAND_ROWS = 16;

    final Level lv;
    final int r;
    /** Target patch centres (row-major order). */
    final int[] targets;
    /** Source centre matched to each pixel (only meaningful at targets), and its patch distance. */
    final int[] match;
    final float[] cost;
    private final boolean[] isTarget;
    /** Band b covers targets[bandStart[b] .. bandStart[b+1]). */
    private final int[] bandStart;

    /**
     * Compare colour only (the finest level: its own pixels show the texture, and the features,
     * there a 5x5 mean of single-pixel steps, add cost more than information).
     */
    private final boolean colourOnly;

    NearestNeighbourField(Level lv, int r, boolean colourOnly) {
        this.colourOnly = colourOnly;
        this.lv = lv;
        this.r = r;
        boolean[] t = Level.dilate(lv.hole, lv.w, lv.h, r);
        int n = 0;
        for (boolean b : t) if (b) n++;
        targets = new int[n];
        int k = 0;
        for (int i = 0; i < t.length; i++) if (t[i]) targets[k++] = i;
        isTarget = t;
        match = new int[lv.w * lv.h];
        cost = new float[lv.w * lv.h];
        int bands = (lv.h + BAND_ROWS - 1) / BAND_ROWS;
        bandStart = new int[bands + 1];
        int ti = 0;
        for (int b = 0; b <= bands; b++) {
            int rowLimit = Math.min(lv.h, b * BAND_ROWS) * lv.w;
            while (ti < n && targets[ti] < rowLimit) ti++;
            bandStart[b] = ti;
        }
        bandStart[bands] = n;
    }

    /** Every target matched to a random valid source centre. */
    void randomise(long seed, int level) {
        int[] valid = lv.validList;
        IntStream.range(0, targets.length).parallel().forEach(k -> {
            int t = targets[k];
            match[t] = valid[Rng.below(Rng.hash(seed, level, -1, t), valid.length)];
        });
    }

    /**
     * Initial matches from the coarser level's field: the parent's match scaled up, with this
     * pixel's offset inside its parent, or a random centre where that is not valid here.
     */
    void upsample(NearestNeighbourField coarse, long seed, int level) {
        Level c = coarse.lv;
        boolean[] coarseTarget = new boolean[c.w * c.h];
        for (int t : coarse.targets) coarseTarget[t] = true;
        int[] valid = lv.validList;
        IntStream.range(0, targets.length).parallel().forEach(k -> {
            int t = targets[k];
            int x = t % lv.w, y = t / lv.w;
            int px = Math.min(c.w - 1, x / 2), py = Math.min(c.h - 1, y / 2);
            int p = py * c.w + px;
            int m = -1;
            if (coarseTarget[p]) {
                int s = coarse.match[p];
                int sx = 2 * (s % c.w) + (x & 1), sy = 2 * (s / c.w) + (y & 1);
                if (sx < lv.w && sy < lv.h && lv.validCentre[sy * lv.w + sx]) m = sy * lv.w + sx;
            }
            match[t] = m >= 0 ? m : valid[Rng.below(Rng.hash(seed, level, -2, t), valid.length)];
        });
    }

    /** Recomputes the distance of every target to its match (after the hole's pixels changed). */
    void rescore() {
        IntStream.range(0, targets.length).parallel().forEach(k -> {
            int t = targets[k];
            cost[t] = distance(t, match[t], Float.POSITIVE_INFINITY);
        });
    }

    /**
     * Runs PatchMatch iterations; odd iterations scan backwards. Random search starts at
     * {@code searchRadius} (the whole level at the coarsest; a few pixels on finer levels, whose
     * field comes scaled up from a converged coarser one and needs refining, not searching).
     */
    void iterate(int iterations, int searchRadius, long seed, int level, int em, BooleanSupplier cancelled) {
        int[] previous = new int[match.length];
        for (int it = 0; it < iterations; it++) {
            if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException();
            System.arraycopy(match, 0, previous, 0, match.length);
            boolean forward = (it & 1) == 0;
            long iterKey = ((long) em << 16) | it;
            IntStream.range(0, bandStart.length - 1).parallel().forEach(b ->
                scanBand(b, forward, previous, searchRadius, seed, level, iterKey));
        }
    }

    private void scanBand(int b, boolean forward, int[] previous, int searchRadius, long seed, int level, long iterKey) {
        int w = lv.w;
        int rowLo = b * BAND_ROWS, rowHi = Math.min(lv.h, rowLo + BAND_ROWS);
        int from = bandStart[b], to = bandStart[b + 1];
        for (int j = 0; j < to - from; j++) {
            int t = targets[forward ? from + j : to - 1 - j];
            int x = t % w, y = t / w;
            int best = match[t];
            float bestCost = cost[t];
            // Propagation from the neighbour scanned just before, along x and along y.
            int step = forward ? -1 : 1;
            int nx = x + step;
            if (nx >= 0 && nx < w) {
                int n = t + step;
                int cand = sameBandMatch(n, y, rowLo, rowHi, previous);
                if (cand >= 0) {
                    int neighbourMatch = cand;
                    cand -= step;
                    if (sameRowValid(cand, neighbourMatch)) {
                        float d = distance(t, cand, bestCost);
                        if (d < bestCost) { bestCost = d; best = cand; }
                    }
                }
            }
            int ny = y + step;
            if (ny >= 0 && ny < lv.h) {
                int n = t + step * w;
                int cand = sameBandMatch(n, ny, rowLo, rowHi, previous);
                if (cand >= 0) {
                    cand -= step * w;
                    if (cand >= 0 && cand < lv.validCentre.length && lv.validCentre[cand]) {
                        float d = distance(t, cand, bestCost);
                        if (d < bestCost) { bestCost = d; best = cand; }
                    }
                }
            }
            // Random search around the best match at radii halving down to one pixel.
            int k = 0;
            for (int rad = searchRadius; rad >= 1; rad /= 2, k++) {
                long hsh = Rng.hash(seed, level, iterKey, ((long) t << 6) | k);
                int bx = best % w, by = best / w;
                int cx = bx + (int) Math.round(rad * Rng.signed(hsh, 0));
                int cy = by + (int) Math.round(rad * Rng.signed(hsh, 16));
                if (cx < 0 || cy < 0 || cx >= w || cy >= lv.h) continue;
                int cand = cy * w + cx;
                if (cand == best || !lv.validCentre[cand]) continue;
                float d = distance(t, cand, bestCost);
                if (d < bestCost) { bestCost = d; best = cand; }
            }
            match[t] = best;
            cost[t] = bestCost;
        }
    }

    /** The neighbour's match: this iteration's if it is in the band being scanned, else the last one's; -1 if not a target. */
    private int sameBandMatch(int n, int ny, int rowLo, int rowHi, int[] previous) {
        if (!isTarget(n)) return -1;
        return ny >= rowLo && ny < rowHi ? match[n] : previous[n];
    }

    private boolean isTarget(int i) { return isTarget[i]; }

    /** A horizontally shifted candidate must stay on its match's row (no wrap-around) and be valid. */
    private boolean sameRowValid(int cand, int neighbourMatch) {
        if (cand < 0 || cand >= lv.validCentre.length) return false;
        if (cand / lv.w != neighbourMatch / lv.w) return false;
        return lv.validCentre[cand];
    }

    /**
     * Sum of squared differences between the patch at target t and the one at source s, over the
     * target's pixels inside the picture (a target by the border has part of its patch outside;
     * sources never do). Stops early once it exceeds {@code bound}.
     */
    float distance(int t, int s, float bound) {
        return colourOnly ? colourDistance(t, s, bound) : fullDistance(t, s, bound);
    }

    private float fullDistance(int t, int s, float bound) {
        int w = lv.w;
        int tx = t % w, ty = t / w;
        int x0 = Math.max(-r, -tx), x1 = Math.min(r, w - 1 - tx);
        int y0 = Math.max(-r, -ty), y1 = Math.min(r, lv.h - 1 - ty);
        float[] img = lv.img;
        float sum = 0;
        final int C = Level.C;
        int len = C * (x1 - x0 + 1);
        for (int dy = y0; dy <= y1; dy++) {
            int ti = C * (t + dy * w + x0), si = C * (s + dy * w + x0);
            for (int k = 0; k < len; k++) {
                float d = img[ti + k] - img[si + k];
                sum += d * d;
            }
            if (sum > bound) return sum;
        }
        return sum;
    }

    /** As {@link #fullDistance} on the colour channels only. */
    private float colourDistance(int t, int s, float bound) {
        int w = lv.w;
        int tx = t % w, ty = t / w;
        int x0 = Math.max(-r, -tx), x1 = Math.min(r, w - 1 - tx);
        int y0 = Math.max(-r, -ty), y1 = Math.min(r, lv.h - 1 - ty);
        float[] img = lv.img;
        final int C = Level.C;
        float sum = 0;
        for (int dy = y0; dy <= y1; dy++) {
            int ti = C * (t + dy * w + x0), si = C * (s + dy * w + x0);
            for (int k = x0; k <= x1; k++, ti += C, si += C) {
                float d0 = img[ti] - img[si], d1 = img[ti + 1] - img[si + 1], d2 = img[ti + 2] - img[si + 2];
                sum += d0 * d0 + d1 * d1 + d2 * d2;
            }
            if (sum > bound) return sum;
        }
        return sum;
    }

    /** Number of target-patch pixels inside the picture (what the distance sums over). */
    int patchPixels(int t) {
        int tx = t % lv.w, ty = t / lv.w;
        int nx = Math.min(r, lv.w - 1 - tx) - Math.max(-r, -tx) + 1;
        int ny = Math.min(r, lv.h - 1 - ty) - Math.max(-r, -ty) + 1;
        return nx * ny;
    }
}
