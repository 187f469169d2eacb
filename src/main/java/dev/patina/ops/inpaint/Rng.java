package dev.patina.ops.inpaint;

/**
 * Counter-based random numbers: each draw is a hash of (seed, a key naming what it is for), never a
 * stream shared between threads, so results do not depend on the order or the number of threads.
 */
final class Rng {
    private Rng() {}

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A hash of the seed and three keys. */
    static long hash(long seed, long a, long b, long c) {
        long z = mix(seed + 0x9e3779b97f4a7c15L);
        z = mix(z ^ (a * 0x9e3779b97f4a7c15L));
        z = mix(z ^ (b * 0xc2b2ae3d27d4eb4fL));
        return mix(z ^ (c * 0x165667b19e3779f9L));
    }

    /** A number in [0, n) from the high bits of h. */
    static int below(long h, int n) {
        return (int) (((h >>> 33) * n) >>> 31);
    }

    /** A number in [-1, 1) from the bits of h starting at shift. */
    static double signed(long h, int shift) {
        return ((h >>> shift) & 0xffff) / 32768.0 - 1;
    }
}
