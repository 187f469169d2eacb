package dev.patina.image;

/**
 * Means over (2r+1)² windows, the one box mean of the pixel toolkit. Edge rule: a window is
 * clipped to the values there are (at the border it averages only the pixels it covers, so nothing
 * outside is invented). Sums are exact integer prefix sums of fixed-point values (multiples of
 * 1/unit, rounded to nearest): an integer sum does not depend on where a running sum started, so a
 * pixel's mean is the same in every tile, where float running sums would differ in the last bit
 * between tilings.
 */
public final class BoxMean {
    private BoxMean() {}

    /**
     * Means of {@code src} (sw x sh, row-major) over the windows centred on the pixels of
     * {@code region} (in src's coordinates, inside it), written row-major to out. Choose unit so
     * that unit x max |value| x max(sw, (2r+1)²) stays far inside a long; tiled callers pass a fixed
     * unit, so every tile rounds alike.
     */
    public static void means(float[] src, int sw, int sh, int r, double unit, Rect region, float[] out, Scratch scratch) {
        if (region.x() < 0 || region.y() < 0 || region.right() > sw || region.bottom() > sh || r < 0) {
            throw new IllegalArgumentException("box region " + region + " outside " + sw + "x" + sh);
        }
        int ow = region.width(), oh = region.height();
        int y0 = Math.max(0, region.y() - r), y1 = Math.min(sh, region.bottom() + r);
        long[] rowSums = scratch.longs(0, ow * (y1 - y0)), prefix = scratch.longs(1, sw + 1), col = scratch.longs(2, ow);
        int[] span = new int[ow];
        for (int x = 0; x < ow; x++) {
            int cx = region.x() + x;
            span[x] = Math.min(sw, cx + r + 1) - Math.max(0, cx - r);
        }
        prefix[0] = 0;
        for (int y = y0; y < y1; y++) {
            int base = y * sw;
            for (int x = 0; x < sw; x++) prefix[x + 1] = prefix[x] + (long) Math.floor(src[base + x] * unit + 0.5);
            int ob = (y - y0) * ow;
            for (int x = 0; x < ow; x++) {
                int cx = region.x() + x;
                rowSums[ob + x] = prefix[Math.min(sw, cx + r + 1)] - prefix[Math.max(0, cx - r)];
            }
        }
        java.util.Arrays.fill(col, 0, ow, 0L);
        int top = y0, bottom = y0; // rows [top, bottom) are in col
        for (int y = 0; y < oh; y++) {
            int cy = region.y() + y;
            int want0 = Math.max(0, cy - r), want1 = Math.min(sh, cy + r + 1);
            for (; bottom < want1; bottom++) for (int x = 0, o = (bottom - y0) * ow; x < ow; x++) col[x] += rowSums[o + x];
            for (; top < want0; top++) for (int x = 0, o = (top - y0) * ow; x < ow; x++) col[x] -= rowSums[o + x];
            int rows = want1 - want0;
            for (int x = 0; x < ow; x++) out[y * ow + x] = (float) (col[x] * (1.0 / (unit * span[x] * rows)));
        }
    }

    /**
     * Means for the region r pixels inside src on every side, (sw-2r) x (sh-2r) values: the output
     * of a tile whose source was grown by the radius, where no window is clipped.
     */
    public static void inner(float[] src, int sw, int sh, int r, double unit, float[] out, Scratch scratch) {
        int ow = sw - 2 * r, oh = sh - 2 * r;
        if (ow <= 0 || oh <= 0) throw new IllegalArgumentException("box radius " + r + " too large for " + sw + "x" + sh);
        means(src, sw, sh, r, unit, new Rect(r, r, ow, oh), out, scratch);
    }

    /**
     * Means over a whole image (w x h), windows clipped at its border, with the finest fixed point
     * its largest value allows: for global ops, which never see tiles.
     */
    public static float[] whole(float[] src, int w, int h, int r) {
        float max = 0;
        for (float v : src) max = Math.max(max, Math.abs(v));
        long win = (2L * r + 1) * (2L * r + 1);
        double reach = Math.max(1e-30, max) * Math.max(w + 1, win) * 4;
        double unit = Math.scalb(1.0, Math.max(-60, Math.min(60, 60 - Math.getExponent(reach))));
        float[] out = new float[w * h];
        means(src, w, h, r, unit, Rect.of(w, h), out, Scratch.current());
        return out;
    }
}
