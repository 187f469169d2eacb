package dev.patina.io;

/**
 * Triangular-PDF dither noise in (-1, 1) LSB as a pure function of (seed, x, y, channel): the same
 * export gives the same bytes whatever the tiling or thread count, and neighbouring pixels are
 * uncorrelated, so an 8-bit gradient dissolves into fine noise instead of bands.
 */
final class DitherNoise {
    private DitherNoise() {}

    /** 64 well-mixed bits for one pixel (SplitMix64 finaliser over the packed coordinates). */
    static long bits(long seed, int x, int y) {
        long z = seed + (((long) y << 32) | (x & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Noise for channel c (0..2) from a pixel's bits: the difference of two independent uniforms
     * of 10 bits each, which is triangular on (-1, 1).
     */
    static float triangular(long bits, int c) {
        int shift = c * 20;
        int u1 = (int) (bits >>> shift) & 0x3ff;
        int u2 = (int) (bits >>> (shift + 10)) & 0x3ff;
        return (u1 - u2) * (1f / 1024f);
    }
}
