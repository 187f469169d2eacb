package dev.patina.ops.inpaint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Multi-scale patch synthesis: PatchMatch nearest-neighbour fields alternated with patch voting
 * (expectation-maximisation, Wexler et al. 2007), coarse to fine. At the coarsest level the hole is
 * a few pixels across and a smooth fill is a fair start; each level's field, scaled up, starts the
 * next, so the large structure found coarse (an edge, a horizon) is kept while finer levels add
 * texture. The last level ends with a gradient-domain finish ({@link PoissonFinish}).
 */
final class PatchSynthesis {
    /** Patch radius: 7x7 patches, as in the PatchMatch paper. */
    static final int R = 3;
    /**
     * The coarsest level is the first where the hole's inscribed radius is at most this: the hole
     * is then about five patches across, small enough for the onion peel to lay out its structure
     * and large enough that the patches still see texture. Tried 3..40 on the tuning photos: at 3
     * the fill came out a flat blend, from 16 on the low-frequency error stopped improving.
     */
    private static final float COARSEST_RADIUS = 16f;
    /**
     * Levels below this copy each pixel from its own patch's match instead of averaging the
     * overlapping patches: the coarse levels average (a consensus of colours and shapes, which keeps
     * the low-frequency error down), the finest copies (averaging loses texture).
     */
    private static final int COPY_BELOW = 1;
    /**
     * The finest level compares colour only: on the tuning photos this cost 3 % in low-frequency
     * error and saved 40 % of the time.
     */
    private static final boolean COLOUR_ONLY_FINEST = true;
    /** Random-search radius on the finest levels, in their pixels. */
    private static final int LOCAL_SEARCH = 16;
    /** A coarser level needs at least this many source patches to choose from. */
    private static final int MIN_SOURCES = 64;

    private PatchSynthesis() {}

    /**
     * Fills the hole of {@code base} in place.
     *
     * @param holeRadius the largest distance from a hole pixel to the border at this level
     * @return the finest level's field (what each target patch was copied from)
     * @throws InpaintException when no source patch exists
     */
    static NearestNeighbourField fill(Level base, float holeRadius, long seed, BooleanSupplier cancelled) {
        if (base.validList.length == 0) {
            throw new InpaintException("the hole leaves no area outside it (and outside the exclude mask) to copy from");
        }
        List<Level> levels = new ArrayList<>();
        levels.add(base);
        float radius = holeRadius;
        while (radius > COARSEST_RADIUS) {
            Level last = levels.get(levels.size() - 1);
            if (Math.min(last.w, last.h) / 2 < 4 * R) break;
            Level next = last.coarser(R);
            if (next.validList.length < MIN_SOURCES) break;
            levels.add(next);
            radius /= 2;
        }
        int top = levels.size() - 1;
        Level coarsest = levels.get(top);
        OnionPeel.fill(coarsest, R);
        NearestNeighbourField field = new NearestNeighbourField(coarsest, R, top == 0 && COLOUR_ONLY_FINEST);
        field.randomise(seed, top);
        for (int l = top; l >= 0; l--) {
            Level lv = levels.get(l);
            if (l < top) {
                NearestNeighbourField fine = new NearestNeighbourField(lv, R, l == 0 && COLOUR_ONLY_FINEST);
                fine.upsample(field, seed, l);
                field = fine;
                // The finer hole starts as a copy of what the scaled-up field points at, pixel by
                // pixel: sharp, where an interpolated coarse picture would be smooth and attract
                // smooth matches, which would keep it smooth.
                PatchVote.copyCentres(field);
            }
            // Coarse levels are cheap and decide the structure: more iterations there. The finest
            // two levels hold 15/16 of the work and start from a converged field: few iterations,
            // and a random search that refines locally.
            int em = l == 0 ? 1 : l == 1 ? 2 : 4;
            int pm = l <= 1 ? 2 : 4;
            int search = l == top ? Math.max(lv.w, lv.h) : l <= 1 ? LOCAL_SEARCH : 4 * LOCAL_SEARCH;
            for (int e = 0; e < em; e++) {
                if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException();
                field.rescore();
                field.iterate(pm, search, seed, l, e, cancelled);
                if (l == 0 && e == em - 1) {
                    PoissonFinish.apply(field);
                } else {
                    if (l >= COPY_BELOW) PatchVote.intoHole(field); else PatchVote.copyCentres(field);
                }
            }
        }
        return field;
    }


}
