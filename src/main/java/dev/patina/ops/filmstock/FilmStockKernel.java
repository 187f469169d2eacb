package dev.patina.ops.filmstock;

import dev.patina.image.FloatImage;
import dev.patina.image.Lut3D;
import dev.patina.image.Srgb;
import dev.patina.ops.Locality;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;

/**
 * Applies a film look held as a 3D LUT over sRGB-encoded values: encode, tetrahedral lookup (for
 * fine grids in the LUT's linear-output form, {@link Lut3D#linearOutput()}, so no decode per
 * pixel), then blend with the input in linear light by {@code strength} (blending in linear light
 * keeps a partial look free of the muddy mid-tones an encoded-space mix gives). Stateless apart
 * from the immutable LUT, so any number of threads can share it.
 */
final class FilmStockKernel implements OpKernel {
    private final Lut3D lut;
    private final float strength;

    /**
     * Grids this fine interpolate as well in linear light as in sRGB (kodim23 through the 65-point
     * Portra LUT: 0.03 8-bit levels apart on average, never a whole level); coarser ones (a 2-point .cube) must interpolate the encoded values they hold.
     */
    static final int LINEAR_OUTPUT_MIN_SIZE = 33;

    private final boolean linearOutput;

    FilmStockKernel(Lut3D lut, float strength) {
        this.linearOutput = lut.size() >= LINEAR_OUTPUT_MIN_SIZE;
        this.lut = linearOutput ? lut.linearOutput() : lut;
        this.strength = strength;
    }

    @Override public Locality locality() { return Locality.POINT; }

    @Override public boolean isIdentity() { return strength == 0f; }

    @Override
    public void apply(FloatImage src, FloatImage dst, RenderContext ctx) {
        if (isIdentity()) {
            if (src != dst) src.copyInto(src.bounds(), dst);
            return;
        }
        float[] sr = src.plane(0), sg = src.plane(1), sb = src.plane(2);
        float[] dr = dst.plane(0), dg = dst.plane(1), db = dst.plane(2);
        float[] look = new float[3];
        float s = strength;
        for (int i = 0; i < sr.length; i++) {
            // NaN or negative input (possible after other ops) is treated as black so it cannot
            // reach the output.
            float r = sr[i] > 0f ? sr[i] : 0f, g = sg[i] > 0f ? sg[i] : 0f, b = sb[i] > 0f ? sb[i] : 0f;
            lut.lookup(Srgb.encode(r), Srgb.encode(g), Srgb.encode(b), look);
            if (!linearOutput) {
                for (int c = 0; c < 3; c++) look[c] = look[c] > 0f ? Srgb.decode(look[c]) : 0f;
            }
            dr[i] = mix(r, look[0], s);
            dg[i] = mix(g, look[1], s);
            db[i] = mix(b, look[2], s);
        }
    }

    private static float mix(float in, float look, float s) {
        // At full strength return the look exactly, so equal looks (black and white) stay equal.
        float v = s == 1f ? look : in + (look - in) * s;
        return v > 0f ? v : 0f;
    }
}
