package dev.patina.image;

/**
 * A 3D colour lookup table over encoded RGB in [0,1]^3 (N points per axis, red fastest as in
 * .cube files), applied with tetrahedral interpolation: each lookup uses the 4 corners of the
 * tetrahedron around the point, which keeps the neutral axis neutral and does not shift hue the
 * way trilinear interpolation does.
 */
public final class Lut3D {
    private final int size;
    private final float[] table; // (r + g*N + b*N*N) * 3 + channel

    public Lut3D(int size, float[] table) {
        if (size < 2) throw new IllegalArgumentException("LUT needs at least 2 points per axis");
        if (table.length != size * size * size * 3) throw new IllegalArgumentException("LUT table has wrong length");
        this.size = size;
        this.table = table;
    }

    /** {@link #linearOutput()}, built on first use and kept with the LUT it came from. */
    private volatile Lut3D linearOutput;

    public int size() { return size; }

    /**
     * This LUT with its sRGB-encoded outputs decoded to linear light, the same grid. A kernel that
     * wants linear results then skips three decodes per pixel; interpolating between decoded nodes
     * instead of decoding the interpolated value differs by far less than an 8-bit level at 33 or
     * more points per axis (not on coarse grids: a 2-point LUT would bend every tone). Built once
     * per LUT, not per kernel, since a slider makes a new kernel per step.
     */
    public Lut3D linearOutput() {
        Lut3D l = linearOutput;
        if (l == null) {
            float[] t = new float[table.length];
            for (int i = 0; i < t.length; i++) t[i] = table[i] > 0f ? Srgb.decode(table[i]) : 0f;
            l = new Lut3D(size, t);
            linearOutput = l;
        }
        return l;
    }

    /** Raw table (do not modify). */
    public float[] table() { return table; }

    /** Looks up (r,g,b) in [0,1] (clamped) and writes the result into out[0..2]. */
    public void lookup(float r, float g, float b, float[] out) {
        int n1 = size - 1;
        float fr = clamp(r) * n1, fg = clamp(g) * n1, fb = clamp(b) * n1;
        int ir = Math.min((int) fr, n1 - 1), ig = Math.min((int) fg, n1 - 1), ib = Math.min((int) fb, n1 - 1);
        float dr = fr - ir, dg = fg - ig, db = fb - ib;
        int sg = size * 3, sb = size * size * 3, sr = 3;
        int c000 = ir * sr + ig * sg + ib * sb;
        int c111 = c000 + sr + sg + sb;
        int a, bIdx;
        float w0, w1, w2, w3;
        // Pick the tetrahedron by ordering the fractional parts; walk from c000 to c111 along edges.
        if (dr >= dg) {
            if (dg >= db) { a = c000 + sr; bIdx = c000 + sr + sg; w0 = 1 - dr; w1 = dr - dg; w2 = dg - db; w3 = db; }
            else if (dr >= db) { a = c000 + sr; bIdx = c000 + sr + sb; w0 = 1 - dr; w1 = dr - db; w2 = db - dg; w3 = dg; }
            else { a = c000 + sb; bIdx = c000 + sr + sb; w0 = 1 - db; w1 = db - dr; w2 = dr - dg; w3 = dg; }
        } else {
            if (db >= dg) { a = c000 + sb; bIdx = c000 + sg + sb; w0 = 1 - db; w1 = db - dg; w2 = dg - dr; w3 = dr; }
            else if (db >= dr) { a = c000 + sg; bIdx = c000 + sg + sb; w0 = 1 - dg; w1 = dg - db; w2 = db - dr; w3 = dr; }
            else { a = c000 + sg; bIdx = c000 + sr + sg; w0 = 1 - dg; w1 = dg - dr; w2 = dr - db; w3 = db; }
        }
        for (int c = 0; c < 3; c++) {
            out[c] = w0 * table[c000 + c] + w1 * table[a + c] + w2 * table[bIdx + c] + w3 * table[c111 + c];
        }
    }

    private static float clamp(float v) { return v > 0f ? (v < 1f ? v : 1f) : 0f; }

    /** The identity LUT of the given size. */
    public static Lut3D identity(int size) {
        float[] t = new float[size * size * size * 3];
        for (int b = 0; b < size; b++) for (int g = 0; g < size; g++) for (int r = 0; r < size; r++) {
            int i = (r + g * size + b * size * size) * 3;
            t[i] = r / (float) (size - 1);
            t[i + 1] = g / (float) (size - 1);
            t[i + 2] = b / (float) (size - 1);
        }
        return new Lut3D(size, t);
    }
}
