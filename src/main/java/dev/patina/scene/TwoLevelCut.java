package dev.patina.scene;

import dev.patina.image.Pyramid;
import dev.patina.image.Resample;
import dev.patina.ops.depth.MinMaxFilter;

/**
 * GrabCut coarse to fine: the full iterations run on a copy with a quarter of the working pixels
 * (where max-flow is four times cheaper and the colour models are as good), then one or two cuts at
 * the working size decide only a narrow band around the coarse boundary; everything farther from it
 * keeps the coarse answer as a hard label. Max-flow's cost follows the undecided pixels, so the fine
 * pass costs about as much as a coarse one.
 */
final class TwoLevelCut {
    /** Half-width of the undecided band at the working size, in pixels (1.5 coarse pixels). */
    static final int BAND = 3;

    private TwoLevelCut() {}

    /** Foreground per working pixel; {@code seeds} (a trimap at the working size) is not changed. */
    static boolean[] segment(Pyramid source, WorkImage fine, byte[] seeds, int coarseIterations, int fineIterations) {
        return segment(source, fine, new SubjectSeeds.Seeds(seeds, null), coarseIterations, fineIterations);
    }

    static boolean[] segment(Pyramid source, WorkImage fine, SubjectSeeds.Seeds s, int coarseIterations, int fineIterations) {
        byte[] seeds = s.trimap();
        float[] bias = s.bias();
        int fw = fine.width, fh = fine.height;
        WorkImage coarse = WorkImage.of(source, Math.max(1, fw * fh / 4));
        int cw = coarse.width, ch = coarse.height;
        byte[] ct = nearest(seeds, fw, fh, cw, ch);
        float[] cb = bias == null ? null : Resample.plane(bias, fw, fh, cw, ch, Resample.Filter.TENT);
        boolean[] ccut = GrabCut.segment(coarse.c, cw, ch, ct, coarseIterations, cb);
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
        boolean[] cut = GrabCut.segment(fine.c, fw, fh, t, fineIterations, bias);
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
