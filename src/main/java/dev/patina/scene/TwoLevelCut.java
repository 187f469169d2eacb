package dev.patina.scene;

import dev.patina.image.Resample;
import dev.patina.ops.depth.MinMaxFilter;

/**
 * GrabCut coarse to fine: the full iterations run on a copy with an eighth of the working pixels
 * (where max-flow is far cheaper and the colour models are as good), then one or two cuts at
 * the working size decide only a narrow band around the coarse boundary; everything farther from it
 * keeps the coarse answer as a hard label. Max-flow's cost follows the undecided pixels, so the fine
 * pass costs about as much as a coarse one.
 */
final class TwoLevelCut {
    /**
     * Working pixels per coarse pixel. Max-flow's cost grows with the pixel count times the length
     * of the paths flow takes across smooth regions, so an 8x smaller graph is ~20x cheaper.
     */
    static final int COARSE_RATIO = 8;
    /** Half-width of the undecided band at the working size, in pixels (about two coarse pixels). */
    static final int BAND = 6;

    private TwoLevelCut() {}

    /** Foreground per working pixel; {@code seeds} (a trimap at the working size) is not changed. */
    static boolean[] segment(WorkImage coarse, WorkImage fine, byte[] seeds, int coarseIterations, int fineIterations) {
        return segment(coarse, fine, new SubjectSeeds.Seeds(seeds, null, true), coarseIterations, fineIterations);
    }

    /** {@code coarse} is the same image at about 1/COARSE_RATIO of {@code fine}'s pixels. */
    static boolean[] segment(WorkImage coarse, WorkImage fine, SubjectSeeds.Seeds s, int coarseIterations, int fineIterations) {
        byte[] seeds = s.trimap();
        float[] bias = s.bias();
        int fw = fine.width, fh = fine.height;
        int cw = coarse.width, ch = coarse.height;
        byte[] ct = nearest(seeds, fw, fh, cw, ch);
        float[] cb = bias == null ? null : Resample.plane(bias, fw, fh, cw, ch, Resample.Filter.TENT);
        boolean[] ccut = GrabCut.segment(coarse.c, cw, ch, ct, coarseIterations, cb, s.certainBackgroundModel());
        ccut = Components.clean(ccut, ct, cw, ch);

        float[] cf = new float[ccut.length];
        for (int i = 0; i < cf.length; i++) cf[i] = ccut[i] ? 1 : 0;
        float[] up = Resample.plane(cf, cw, ch, fw, fh, Resample.Filter.TENT);
        float[] grown = MinMaxFilter.max(up, fw, fh, BAND), shrunk = MinMaxFilter.min(up, fw, fh, BAND);
        byte[] t = seeds.clone();
        for (int i = 0; i < t.length; i++) {
            if (t[i] == Trimap.FG || t[i] == Trimap.BG) continue; // a seed stays a seed
            if (shrunk[i] >= 0.5f) t[i] = Trimap.FG;
            else if (grown[i] < 0.5f) t[i] = Trimap.BG;
            else t[i] = up[i] >= 0.5f ? Trimap.PROBABLY_FG : Trimap.PROBABLY_BG;
        }
        boolean[] cut = GrabCut.segment(fine.c, fw, fh, t, fineIterations, bias, s.certainBackgroundModel());
        return Components.clean(cut, seeds, fw, fh);
    }

    /** Nearest-neighbour resampling of a label plane. */
    static byte[] nearest(byte[] src, int sw, int sh, int dw, int dh) {
        byte[] out = new byte[dw * dh];
        for (int y = 0; y < dh; y++) {
            int sy = Math.min(sh - 1, (int) ((y + 0.5) * sh / dh));
            for (int x = 0; x < dw; x++) out[y * dw + x] = src[sy * sw + Math.min(sw - 1, (int) ((x + 0.5) * sw / dw))];
        }
        return out;
    }
}
