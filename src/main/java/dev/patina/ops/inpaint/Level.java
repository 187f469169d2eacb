package dev.patina.ops.inpaint;

/**
 * One level of the synthesis pyramid: the picture (three channels interleaved, so one patch row is
 * contiguous in memory), where the hole is, and where patches may be copied from.
 */
final class Level {
    /**
     * Channels per pixel: perceptual R, G, B and two texture features (the local mean of the
     * horizontal and vertical luminance gradient magnitude, Newson et al. 2014). Plain colour
     * distances prefer smooth sources (a flat patch of the mean colour is closer to a textured one
     * than the same texture shifted), so a fill drifts to the blurriest region around; the features,
     * averaged down from full resolution, let even coarse levels tell fur from out-of-focus beige.
     */
    static final int C = 5;

    final int w, h;
    /** Channels interleaved: pixel i is at C*i .. C*i+C-1. */
    final float[] img;
    final boolean[] hole;
    /** Pixels a source patch may contain: outside the hole, the exclude mask and the search region. */
    final boolean[] source;
    /** Centres of patches (radius r) that lie wholly inside the picture and on source pixels. */
    final boolean[] validCentre;
    /** The valid centres as a list, for drawing random candidates. */
    final int[] validList;

    Level(int w, int h, float[] img, boolean[] hole, boolean[] source, int r) {
        this.w = w;
        this.h = h;
        this.img = img;
        this.hole = hole;
        this.source = source;
        this.validCentre = erode(source, w, h, r);
        int n = 0;
        for (boolean b : validCentre) if (b) n++;
        validList = new int[n];
        int k = 0;
        for (int i = 0; i < validCentre.length; i++) if (validCentre[i]) validList[k++] = i;
    }

    /**
     * The next coarser level: pixels are 2x2 means; a coarse pixel is hole if any of its four is
     * (the hole never shrinks away) and source only if all four are (no hole pixel leaks into a source
     * patch).
     */
    Level coarser(int r) {
        int cw = (w + 1) / 2, ch = (h + 1) / 2;
        float[] ci = new float[cw * ch * C];
        boolean[] chole = new boolean[cw * ch], csrc = new boolean[cw * ch];
        for (int cy = 0; cy < ch; cy++) {
            for (int cx = 0; cx < cw; cx++) {
                int n = 0;
                float[] s = new float[C];
                boolean anyHole = false, allSource = true;
                for (int dy = 0; dy < 2; dy++) {
                    int y = Math.min(h - 1, 2 * cy + dy);
                    for (int dx = 0; dx < 2; dx++) {
                        int x = Math.min(w - 1, 2 * cx + dx);
                        int i = y * w + x;
                        for (int c = 0; c < C; c++) s[c] += img[C * i + c];
                        n++;
                        anyHole |= hole[i];
                        allSource &= source[i];
                    }
                }
                int o = cy * cw + cx;
                for (int c = 0; c < C; c++) ci[C * o + c] = s[c] / n;
                chole[o] = anyHole;
                csrc[o] = allSource && !anyHole;
            }
        }
        return new Level(cw, ch, ci, chole, csrc, r);
    }

    /** Pixels whose whole (2r+1)^2 square lies inside the picture and in {@code m}. */
    static boolean[] erode(boolean[] m, int w, int h, int r) {
        // Separable: a run-length test along rows, then along columns.
        boolean[] rows = new boolean[m.length];
        for (int y = 0; y < h; y++) {
            int run = 0;
            for (int x = 0; x < w; x++) {
                run = m[y * w + x] ? run + 1 : 0;
                // pixel x - r is valid when the run covers x-2r..x
                if (x - r >= 0 && run >= 2 * r + 1) rows[y * w + x - r] = true;
            }
        }
        boolean[] out = new boolean[m.length];
        for (int x = 0; x < w; x++) {
            int run = 0;
            for (int y = 0; y < h; y++) {
                run = rows[y * w + x] ? run + 1 : 0;
                if (y - r >= 0 && run >= 2 * r + 1) out[(y - r) * w + x] = true;
            }
        }
        return out;
    }

    /** Pixels within the (2r+1)^2 square of a hole pixel: the centres of patches that touch the hole. */
    static boolean[] dilate(boolean[] m, int w, int h, int r) {
        boolean[] rows = new boolean[m.length];
        for (int y = 0; y < h; y++) {
            int last = Integer.MIN_VALUE / 2;
            for (int x = 0; x < w + r; x++) {
                if (x < w && m[y * w + x]) last = x;
                int c = x - r;
                if (c >= 0 && x - last <= 2 * r) rows[y * w + c] = true;
            }
        }
        boolean[] out = new boolean[m.length];
        for (int x = 0; x < w; x++) {
            int last = Integer.MIN_VALUE / 2;
            for (int y = 0; y < h + r; y++) {
                if (y < h && rows[y * w + x]) last = y;
                int c = y - r;
                if (c >= 0 && y - last <= 2 * r) out[c * w + x] = true;
            }
        }
        return out;
    }
}
