package dev.patina.image;

/**
 * The sRGB transfer function (IEC 61966-2-1) both ways, exact and table-driven. The interpolated
 * tables stay within 1e-6 of the exact curve, far below a 16-bit level (1.5e-5).
 */
public final class Srgb {
    private Srgb() {}

    /*
     * 4096 steps keep the interpolation error below 1e-6 (the curves are smooth in the table's
     * variable) while the tables stay small enough (16 KB) for the L1/L2 cache; 65536-entry tables
     * were twice as slow in per-pixel loops from cache misses.
     */
    private static final int ENCODE_STEPS = 4096;
    private static final int DECODE_STEPS = 4096;
    private static final float[] ENCODE = new float[ENCODE_STEPS + 2];
    private static final float[] DECODE = new float[DECODE_STEPS + 2];
    private static final float[] DECODE_8 = new float[256];
    private static final float[] DECODE_16 = new float[65536];

    static {
        // The encode curve is steep near 0, so the table is indexed by sqrt(linear), which spreads
        // entries where the curve bends most.
        for (int i = 0; i <= ENCODE_STEPS + 1; i++) {
            double s = Math.min(1.0, i / (double) ENCODE_STEPS);
            ENCODE[i] = (float) encodeExact(s * s);
        }
        for (int i = 0; i <= DECODE_STEPS + 1; i++) DECODE[i] = (float) decodeExact(Math.min(1.0, i / (double) DECODE_STEPS));
        for (int i = 0; i < 256; i++) DECODE_8[i] = (float) decodeExact(i / 255.0);
        for (int i = 0; i < 65536; i++) DECODE_16[i] = (float) decodeExact(i / 65535.0);
    }

    public static double encodeExact(double linear) {
        if (linear <= 0.0031308) return 12.92 * linear;
        return 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
    }

    public static double decodeExact(double encoded) {
        if (encoded <= 0.04045) return encoded / 12.92;
        return Math.pow((encoded + 0.055) / 1.055, 2.4);
    }

    /** Linear to sRGB-encoded, clamped to [0, 1]. */
    public static float encode(float linear) {
        if (!(linear > 0f)) return 0f;
        if (linear >= 1f) return 1f;
        float pos = (float) Math.sqrt(linear) * ENCODE_STEPS;
        int i = (int) pos;
        float t = pos - i;
        return ENCODE[i] + (ENCODE[i + 1] - ENCODE[i]) * t;
    }

    /** sRGB-encoded to linear for values in [0, 1]; exact outside the table range. */
    public static float decode(float encoded) {
        if (encoded <= 0f) return encoded / 12.92f;
        if (encoded >= 1f) return (float) decodeExact(encoded);
        float pos = encoded * DECODE_STEPS;
        int i = (int) pos;
        float t = pos - i;
        return DECODE[i] + (DECODE[i + 1] - DECODE[i]) * t;
    }

    public static float decode8(int v) { return DECODE_8[v & 0xff]; }

    public static float decode16(int v) { return DECODE_16[v & 0xffff]; }

    /** Rec. 709 / sRGB relative luminance of linear RGB. */
    public static float luminance(float r, float g, float b) {
        return 0.2126f * r + 0.7152f * g + 0.0722f * b;
    }
}
