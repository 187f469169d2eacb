package dev.patina.image;

/**
 * Per-thread working arrays, the one scratch scheme of the pixel toolkit; kernels reach theirs
 * through {@code RenderContext.scratch()}. A full-resolution render runs its filters on hundreds of
 * haloed tiles, each needing several tile-sized planes; allocating them afresh made about a
 * gigabyte per second of garbage, which the JVM answered by growing its heap to twice what the
 * render holds. Arrays may be longer than asked for: callers index by their own sizes, and contents
 * are left over from the last use. Requests above {@link #MAX_REUSED} values (export tiles of
 * several thousand px, whole images) get fresh arrays, so a worker never keeps more than a few tens
 * of megabytes. Float slots belong to the kernel, long slots to {@link BoxMean}.
 */
public final class Scratch {
    public static final int MAX_REUSED = 1 << 20;
    public static final int FLOAT_SLOTS = 8, LONG_SLOTS = 3;
    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

    private final float[][] floats = new float[FLOAT_SLOTS][];
    private final long[][] longs = new long[LONG_SLOTS][];

    private Scratch() {}

    /** This thread's arrays. */
    public static Scratch current() { return LOCAL.get(); }

    /** A float array of at least n values for this slot (0..7). */
    public float[] floats(int slot, int n) {
        if (n > MAX_REUSED) return new float[n];
        float[] a = floats[slot];
        if (a == null || a.length < n) floats[slot] = a = new float[n];
        return a;
    }

    /** A long array of at least n values for this slot (0..2). */
    long[] longs(int slot, int n) {
        if (n > MAX_REUSED) return new long[n];
        long[] a = longs[slot];
        if (a == null || a.length < n) longs[slot] = a = new long[n];
        return a;
    }
}
