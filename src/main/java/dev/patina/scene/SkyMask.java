package dev.patina.scene;

import dev.patina.image.BoxMean;
import java.util.Arrays;

/**
 * The sky at the working size: pixels that are bright, smooth and blue-to-grey, flood-filled from
 * the top edge (sky is what the top of the frame sees through), then settled by GrabCut with that
 * region as the probable foreground, so the edge against trees and roofs follows colour rather than
 * the thresholds. Orange sunset skies and night skies are not sky-coloured by this test.
 */
final class SkyMask {
    /** Encoded luma below which a region is too dark for daylight sky. */
    static final float MIN_LUMA = 0.30f;
    /** Local luma standard deviation (radius 2 at the working size) above which a region is texture. */
    static final float MAX_TEXTURE = 0.025f;
    /** The sky must cover at least this fraction of the frame to count. */
    static final double MIN_AREA = 0.01;

    private SkyMask() {}

    /** Sky pixels at the working size, or null when there is no sky. */
    static boolean[] segment(WorkImage coarse, WorkImage img) {
        int w = img.width, h = img.height, n = w * h;
        float[] r = img.c[0], g = img.c[1], b = img.c[2];
        float[] y = new float[n], y2 = new float[n];
        for (int i = 0; i < n; i++) { y[i] = 0.2126f * r[i] + 0.7152f * g[i] + 0.0722f * b[i]; y2[i] = y[i] * y[i]; }
        float[] my = BoxMean.whole(y, w, h, 2), my2 = BoxMean.whole(y2, w, h, 2);
        boolean[] like = new boolean[n];
        float[] texture = new float[n];
        for (int i = 0; i < n; i++) {
            texture[i] = (float) Math.sqrt(Math.max(0, my2[i] - my[i] * my[i]));
            float sat = Math.max(r[i], Math.max(g[i], b[i])) - Math.min(r[i], Math.min(g[i], b[i]));
            // Blue or cyan; a neutral grey only when bright (overcast, haze): a mid-grey studio
            // backdrop is smooth and bright enough too, but it is not blue.
            boolean blueish = b[i] >= r[i] + 0.04f;
            boolean hazy = sat < 0.12f && y[i] > 0.62f;
            like[i] = y[i] > MIN_LUMA && texture[i] < MAX_TEXTURE && (blueish || hazy);
        }
        boolean[] region = floodFromTop(like, w, h);
        int area = 0, lowest = 0;
        for (int i = 0; i < n; i++) if (region[i]) { area++; lowest = Math.max(lowest, i / w); }
        if (area < MIN_AREA * n) return null;

        byte[] t = new byte[n];
        boolean[] core = erode(region, w, h, 3);
        for (int i = 0; i < n; i++) {
            int row = i / w;
            if (core[i]) t[i] = Trimap.FG;
            else if (region[i]) t[i] = Trimap.PROBABLY_FG;
            else if (row > lowest || texture[i] > 2.5f * MAX_TEXTURE || y[i] < 0.5f * MIN_LUMA) t[i] = Trimap.BG;
            else t[i] = Trimap.PROBABLY_BG;
        }
        boolean[] cut = TwoLevelCut.segment(coarse, img, t, 3, 1);
        // Only what still connects to the top is sky (a lake reflecting it is not), and only
        // where it meets the top edge broadly: a bright window frame is a tall narrow strip.
        boolean[] top = wideAtTop(floodFromTop(cut, w, h), w, h);
        return Components.clean(top, t, w, h);
    }

    /** The 4-connected part of {@code on} reachable from the top row. */
    static boolean[] floodFromTop(boolean[] on, int w, int h) {
        int n = w * h;
        boolean[] out = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        for (int x = 0; x < w; x++) if (on[x]) { out[x] = true; stack[sp++] = x; }
        while (sp > 0) {
            int i = stack[--sp];
            int x = i % w, yy = i / w;
            if (x > 0 && on[i - 1] && !out[i - 1]) { out[i - 1] = true; stack[sp++] = i - 1; }
            if (x < w - 1 && on[i + 1] && !out[i + 1]) { out[i + 1] = true; stack[sp++] = i + 1; }
            if (yy > 0 && on[i - w] && !out[i - w]) { out[i - w] = true; stack[sp++] = i - w; }
            if (yy < h - 1 && on[i + w] && !out[i + w]) { out[i + w] = true; stack[sp++] = i + w; }
        }
        return out;
    }

    /** Share of the top row a sky region must span. */
    static final double MIN_TOP_SPAN = 0.12;

    /** The regions that cover at least MIN_TOP_SPAN of the top row. */
    static boolean[] wideAtTop(boolean[] region, int w, int h) {
        int[][] sizes = new int[1][];
        int[] lab = Components.label(region, true, w, h, sizes);
        int[] top = new int[sizes[0].length];
        for (int x = 0; x < w; x++) if (lab[x] >= 0) top[lab[x]]++;
        boolean[] out = new boolean[region.length];
        for (int i = 0; i < out.length; i++) out[i] = lab[i] >= 0 && top[lab[i]] >= MIN_TOP_SPAN * w;
        return out;
    }

    /** Square erosion by r (pixels outside the frame count as inside, so the top edge stays). */
    static boolean[] erode(boolean[] on, int w, int h, int r) {
        float[] f = new float[on.length];
        for (int i = 0; i < on.length; i++) f[i] = on[i] ? 1 : 0;
        float[] m = BoxMean.whole(f, w, h, r);
        boolean[] out = new boolean[on.length];
        for (int i = 0; i < on.length; i++) out[i] = m[i] > 0.999f;
        Arrays.fill(out, 0, 0, false);
        return out;
    }
}
