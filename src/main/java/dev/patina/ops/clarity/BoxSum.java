package dev.patina.ops.clarity;

/**
 * Box means over a square window, computed with exact integer prefix sums of fixed-point values.
 * Integer sums do not depend on where a running sum starts, so a pixel's mean is identical in every
 * tile; float running sums would differ in the last bit between tilings.
 */
final class BoxSum {
    static final double ONE = 1 << 20;

    private BoxSum() {}

    /**
     * Fixed-point value of a non-negative sample, rounded to nearest: the same as Math.round for
     * every value the clarity filter feeds in (all are >= 0), at a fraction of its cost; negative
     * or NaN samples would be a caller's bug and come out as 0 rather than wrapping.
     */
    private static long fixed(float v) {
        return v > 0f ? (long) (v * ONE + 0.5) : 0L;
    }

    /**
     * Means of {@code src} (width sw, height sh) over windows of radius r, for the output region
     * that starts r pixels inside src on each side: (sw-2r) x (sh-2r) values written to out.
     * Working arrays come from the thread's scratch.
     */
    static void means(float[] src, int sw, int sh, int r, float[] out) {
        int ow = sw - 2 * r, oh = sh - 2 * r;
        int win = 2 * r + 1;
        Scratch scratch = Scratch.get();
        long[] rowSums = scratch.longs(0, ow * sh);
        long[] prefix = scratch.longs(1, sw + 1);
        for (int y = 0; y < sh; y++) {
            int base = y * sw;
            for (int x = 0; x < sw; x++) prefix[x + 1] = prefix[x] + fixed(src[base + x]);
            int ob = y * ow;
            for (int x = 0; x < ow; x++) rowSums[ob + x] = prefix[x + win] - prefix[x];
        }
        double norm = 1.0 / (ONE * win * win);
        long[] col = scratch.longs(2, ow);
        java.util.Arrays.fill(col, 0, ow, 0L);
        for (int y = 0; y < win - 1; y++) for (int x = 0; x < ow; x++) col[x] += rowSums[y * ow + x];
        for (int y = 0; y < oh; y++) {
            int add = (y + win - 1) * ow;
            for (int x = 0; x < ow; x++) {
                col[x] += rowSums[add + x];
                out[y * ow + x] = (float) (col[x] * norm);
            }
            int sub = y * ow;
            for (int x = 0; x < ow; x++) col[x] -= rowSums[sub + x];
        }
    }
}
