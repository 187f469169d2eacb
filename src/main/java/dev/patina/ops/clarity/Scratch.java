package dev.patina.ops.clarity;

/**
 * Per-thread working arrays for the clarity filter. A full-resolution render runs the filter on
 * hundreds of haloed tiles, each needing about ten tile-sized planes; allocating them afresh made
 * about a gigabyte per second of garbage, which the JVM answered by growing its heap to twice what
 * the render holds. Arrays may be longer than asked for: callers index by their own sizes. Tiles
 * above {@link #MAX_REUSED} pixels (export tiles of several thousand px) get fresh arrays, so a
 * worker thread never keeps more than a few tens of megabytes.
 */
final class Scratch {
    static final int MAX_REUSED = 1 << 20;
    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

    private final float[][] floats = new float[8][];

    static Scratch get() { return LOCAL.get(); }

    /** A float array of at least n values for this slot (0..7); contents are left over. */
    float[] floats(int slot, int n) {
        if (n > MAX_REUSED) return new float[n];
        float[] a = floats[slot];
        if (a == null || a.length < n) floats[slot] = a = new float[n];
        return a;
    }
}
