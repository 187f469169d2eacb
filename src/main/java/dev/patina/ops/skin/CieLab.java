package dev.patina.ops.skin;

/**
 * CIE 1976 L*a*b* (D65 white) from and to linear sRGB: the perceptual space the retouch works in.
 * L* is close to perceived lightness, so a band's deviation in L* units means the same visible step
 * in shadows and highlights; a* is the red–green axis on which redness shows. Matrices are the
 * sRGB (IEC 61966-2-1) primaries to XYZ and back.
 */
final class CieLab {
    private CieLab() {}

    private static final float XN = 0.95047f, ZN = 1.08883f;
    private static final float DELTA = 6f / 29f;
    private static final float DELTA3 = DELTA * DELTA * DELTA;
    private static final float LINEAR_SLOPE = 1f / (3f * DELTA * DELTA);

    private static float f(float t) {
        return t > DELTA3 ? cbrt(t) : t * LINEAR_SLOPE + 4f / 29f;
    }

    /**
     * Cube root of a positive float: a bit-level first guess (dividing the exponent by 3) refined
     * by two Halley steps, which triple the correct digits each; within float rounding of the exact
     * root and three times faster than Math.cbrt. A pure function, so every tile gets the same bits.
     */
    static float cbrt(float x) {
        double y = Float.intBitsToFloat(Float.floatToRawIntBits(x) / 3 + 709921077);
        double y3 = y * y * y;
        y *= (y3 + 2 * x) / (2 * y3 + x);
        y3 = y * y * y;
        y *= (y3 + 2 * x) / (2 * y3 + x);
        return (float) y;
    }

    private static float fInv(float u) {
        return u > DELTA ? u * u * u : (u - 4f / 29f) / LINEAR_SLOPE;
    }

    /** L*, a*, b* of linear RGB (negative components are clamped to 0 first) into out[0..2]. */
    static void fromLinear(float r, float g, float b, float[] out) {
        r = Math.max(r, 0f);
        g = Math.max(g, 0f);
        b = Math.max(b, 0f);
        float x = (0.4124564f * r + 0.3575761f * g + 0.1804375f * b) / XN;
        float y = 0.2126729f * r + 0.7151522f * g + 0.0721750f * b;
        float z = (0.0193339f * r + 0.1191920f * g + 0.9503041f * b) / ZN;
        float fx = f(x), fy = f(y), fz = f(z);
        out[0] = 116f * fy - 16f;
        out[1] = 500f * (fx - fy);
        out[2] = 200f * (fy - fz);
    }

    /** Linear RGB of L*, a*, b* into out[0..2] (may be slightly negative out of gamut). */
    static void toLinear(float l, float a, float bb, float[] out) {
        float fy = (l + 16f) / 116f;
        float fx = fy + a / 500f, fz = fy - bb / 200f;
        float x = fInv(fx) * XN, y = fInv(fy), z = fInv(fz) * ZN;
        out[0] = 3.2404542f * x - 1.5371385f * y - 0.4985314f * z;
        out[1] = -0.9692660f * x + 1.8760108f * y + 0.0415560f * z;
        out[2] = 0.0556434f * x - 0.2040259f * y + 1.0572252f * z;
    }
}
