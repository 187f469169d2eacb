package dev.patina.ops;

/**
 * Box means over square windows from exact integer prefix sums of fixed-point values. An integer
 * sum does not depend on where a running sum started, so a pixel's mean is the same in every tile;
 * float running sums would differ in the last bit between tilings. Shared by the filters that must
 * tile exactly (clarity's guided filter, skin retouch's frequency split). The running-sum arrays are
 * per-thread scratch: a full-size render calls this for hundreds of tiles.
 */
public final class BoxMeans {
    /** Tiles above this many values get fresh arrays, so a worker never keeps more than a few MB. */
    private static final int MAX_REUSED = 1 << 20;
    private static final ThreadLocal<long[][]> SCRATCH = ThreadLocal.withInitial(() -> new long[3][]);

    private BoxMeans() {}

    /**
     * Means of {@code src} (sw x sh, row-major) over (2r+1)² windows, for the region that starts r
     * pixels inside src on every side: (sw-2r) x (sh-2r) values written to out. Values are held as
     * multiples of 1/unit, rounded to nearest; choose unit so that unit x max |value| x (2r+1)² stays
     * far inside a long.
     */
    public static void means(float[] src, int sw, int sh, int r, double unit, float[] out) {
        int ow = sw - 2 * r, oh = sh - 2 * r;
        if (ow <= 0 || oh <= 0) throw new IllegalArgumentException("box radius " + r + " too large for " + sw + "x" + sh);
        int win = 2 * r + 1;
        long[] rowSums = scratch(0, ow * sh), prefix = scratch(1, sw + 1), col = scratch(2, ow);
        prefix[0] = 0;
        for (int y = 0; y < sh; y++) {
            int base = y * sw;
            for (int x = 0; x < sw; x++) prefix[x + 1] = prefix[x] + (long) Math.floor(src[base + x] * unit + 0.5);
            int ob = y * ow;
            for (int x = 0; x < ow; x++) rowSums[ob + x] = prefix[x + win] - prefix[x];
        }
        double norm = 1.0 / (unit * win * win);
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

    /** A long array of at least n values for this slot; contents are left over. */
    private static long[] scratch(int slot, int n) {
        if (n > MAX_REUSED) return new long[n];
        long[][] s = SCRATCH.get();
        if (s[slot] == null || s[slot].length < n) s[slot] = new long[n];
        return s[slot];
    }
}
