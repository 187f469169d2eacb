package dev.patina.scene;

import dev.patina.image.BoxMean;
import dev.patina.ops.depth.MinMaxFilter;

/** Adjustments a mask's user asks for after it is computed: grow or shrink it, soften its edge. */
public final class MatteOps {
    private MatteOps() {}

    /**
     * Grows the matte by px pixels (negative shrinks it): a running maximum (minimum) over a square
     * window of radius |px| (the depth package's van Herk filter), which moves a soft edge outwards (inwards) intact. Returns a new array.
     */
    public static float[] expand(float[] alpha, int w, int h, int px) {
        check(alpha, w, h);
        if (px == 0) return alpha.clone();
        int r = Math.abs(px);
        return px > 0 ? MinMaxFilter.max(alpha, w, h, r) : MinMaxFilter.min(alpha, w, h, r);
    }

    /**
     * Softens the edge: a Gaussian-like blur of standard deviation {@code sigma} px (three box
     * passes approximate a Gaussian within a few per cent). Returns a new array.
     */
    public static float[] feather(float[] alpha, int w, int h, double sigma) {
        check(alpha, w, h);
        if (!(sigma > 0)) return alpha.clone();
        // Three boxes of radius r have variance 3 * ((2r+1)² - 1) / 12 = r(r+1).
        int r = Math.max(1, (int) Math.round((-1 + Math.sqrt(1 + 4 * sigma * sigma)) / 2));
        float[] a = alpha;
        for (int k = 0; k < 3; k++) a = BoxMean.whole(a, w, h, r);
        return a;
    }

    private static void check(float[] alpha, int w, int h) {
        if (alpha == null || alpha.length != (long) w * h)
            throw new IllegalArgumentException("matte has " + (alpha == null ? 0 : alpha.length) + " values, expected " + w + "x" + h);
    }
}
