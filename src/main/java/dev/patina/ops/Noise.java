package dev.patina.ops;

/**
 * Repeatable noise: every value is a pure function of (seed, x, y, stream), never of the tile, the
 * thread or the order of evaluation, so grain and dither are identical however an image is tiled.
 */
public final class Noise {
    private Noise() {}

    /** A well-mixed 64-bit hash (the SplitMix64 finaliser) of the inputs. */
    public static long hash(long seed, long x, long y, long stream) {
        long h = seed * 0x9E3779B97F4A7C15L + x * 0xC2B2AE3D27D4EB4FL + y * 0x165667B19E3779F9L + stream * 0x27D4EB2F165667C5L;
        h ^= h >>> 30;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 27;
        h *= 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return h;
    }

    private static final float IRWIN_HALL_SCALE = (float) (1.0 / (65535.0 * Math.sqrt(4.0 / 12.0)));

    /**
     * An approximately standard-normal value (mean 0, variance 1): the sum of four 16-bit uniforms
     * from one hash (Irwin–Hall, n = 4). Its tails stop at ±3.46σ, which for grain is a feature:
     * no isolated hot pixels.
     */
    public static float gaussian(long seed, long x, long y, long stream) {
        long h = hash(seed, x, y, stream);
        long sum = (h & 0xFFFF) + ((h >>> 16) & 0xFFFF) + ((h >>> 32) & 0xFFFF) + ((h >>> 48) & 0xFFFF);
        return (sum - 2 * 65535L) * IRWIN_HALL_SCALE;
    }

    /** Uniform in [0, 1). */
    public static float uniform(long seed, long x, long y, long stream) {
        return (hash(seed, x, y, stream) >>> 40) * 0x1.0p-24f;
    }
}
