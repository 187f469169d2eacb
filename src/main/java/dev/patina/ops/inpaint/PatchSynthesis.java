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
    /** The coarsest level is the first where the hole's inscribed radius is at most this. */
    private static final float COARSEST_RADIUS = 10f;
    /** A coarser level needs at least this many source patches to choose from. */
    private static final int MIN_SOURCES = 64;

    private PatchSynthesis() {}

    /**
     * Fills the hole of {@code base} in place.
     *
     * @param holeRadius the largest distance from a hole pixel to the border at this level
     * @throws InpaintException when no source patch exists
     */
    static void fill(Level base, float holeRadius, long seed, BooleanSupplier cancelled) {
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
        NearestNeighbourField field = new NearestNeighbourField(coarsest, R);
        field.randomise(seed, top);
        for (int l = top; l >= 0; l--) {
            Level lv = levels.get(l);
            if (l < top) {
                NearestNeighbourField fine = new NearestNeighbourField(lv, R);
                fine.upsample(field, seed, l);
                field = fine;
                // The finer hole starts as a copy of what the scaled-up field points at, pixel by
                // pixel: sharp, where an interpolated coarse picture would be smooth and attract
                // smooth matches, which would keep it smooth.
                PatchVote.copyCentres(field);
            }
            // Coarse levels are cheap and decide the structure: more iterations there.
            int em = l == 0 ? 2 : l == 1 ? 3 : 5;
            int pm = l == 0 ? 2 : 4;
            for (int e = 0; e < em; e++) {
                if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException();
                field.rescore();
                field.iterate(pm, seed, l, e, cancelled);
                if (DEBUG) debug(field, l, e);
                if (l == 0 && e == em - 1) {
                    PoissonFinish.apply(field);
                } else {
                    if (VOTE) PatchVote.intoHole(field); else PatchVote.copyCentres(field);
                }
            }
        }
    }

    static final boolean DEBUG = Boolean.getBoolean("inpaint.debug");
    static final boolean VOTE = !Boolean.getBoolean("inpaint.novote");

    private static void debug(NearestNeighbourField f, int l, int e) {
        double sum = 0;
        int coherent = 0;
        for (int t : f.targets) {
            sum += f.cost[t] / (3.0 * f.patchPixels(t));
            int x = t % f.lv.w;
            if (x + 1 < f.lv.w && f.match[t + 1] == f.match[t] + 1) coherent++;
        }
        try (java.io.OutputStream o = new java.io.FileOutputStream("/tmp/inpaint-dbg-" + l + "-" + e + ".ppm")) {
            o.write(("P6 " + f.lv.w + " " + f.lv.h + " 255\n").getBytes());
            byte[] b = new byte[f.lv.w * f.lv.h * 3];
            for (int i = 0; i < b.length; i++) b[i] = (byte) Math.max(0, Math.min(255, Math.round(f.lv.img[Level.C * (i / 3) + i % 3] * 255)));
            o.write(b);
        } catch (java.io.IOException ex) { throw new java.io.UncheckedIOException(ex); }
        System.err.printf("level %d %dx%d em %d targets %d sources %d meanCost %.5f coherent %.2f%n", l, f.lv.w, f.lv.h, e,
            f.targets.length, f.lv.validList.length, sum / f.targets.length, coherent / (double) f.targets.length);
    }
}
