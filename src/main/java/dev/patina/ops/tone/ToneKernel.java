package dev.patina.ops.tone;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import dev.patina.ops.Locality;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;

/**
 * The tone layer as a point op in linear light. White balance is a pair of channel gains
 * normalised so grey keeps its luminance; exposure multiplies by 2^EV. The tone controls are one
 * curve on luminance in the perceptual (sRGB-encoded) domain, applied by scaling all three channels
 * by the same ratio, so hue and the channels' ratios stay (no colour shifts in the highlights):
 * black and white points, then shadows and highlights as bumps x(1−x)² and x²(1−x) that stay
 * monotone at full strength, then contrast as an S about middle grey. The curve is tabulated once
 * over luminance. Vibrance and saturation scale each pixel's distance from its luminance, vibrance
 * by less where the colour is already saturated.
 */
final class ToneKernel implements OpKernel {
    /** Luminance the table covers; brighter pixels take the ratio at its end. */
    private static final float TABLE_MAX = 16f;
    private static final int TABLE_SIZE = 4096;
    /** Encoded middle grey (0.18 linear): the pivot of the contrast S. */
    private static final double PIVOT = Srgb.encodeExact(0.18);
    static final double CONTRAST_GAIN = 0.4, TONE_GAIN = 0.8, BLACK_SHIFT = 0.15, WHITE_SHIFT = 0.25;

    private final ToneParams p;
    private final float gainR, gainG, gainB, sat, vib;
    /** Output luminance over the table's luminances (sampled on a square-root scale). */
    private final float[] curve;
    private final boolean identity;

    ToneKernel(ToneParams p) {
        this.p = p;
        identity = p.temperature() == 0 && p.tint() == 0 && p.exposure() == 0 && p.contrast() == 0 && p.highlights() == 0
            && p.shadows() == 0 && p.whites() == 0 && p.blacks() == 0 && p.vibrance() == 0 && p.saturation() == 0;
        double gr = Math.pow(2, 0.3 * p.temperature() + 0.15 * p.tint()), gg = Math.pow(2, -0.3 * p.tint());
        double gb = Math.pow(2, -0.3 * p.temperature() + 0.15 * p.tint());
        double grey = Srgb.luminance((float) gr, (float) gg, (float) gb);
        double ev = Math.pow(2, p.exposure());
        gainR = (float) (gr / grey * ev);
        gainG = (float) (gg / grey * ev);
        gainB = (float) (gb / grey * ev);
        sat = (float) p.saturation();
        vib = (float) p.vibrance();
        curve = new float[TABLE_SIZE + 1];
        for (int i = 0; i <= TABLE_SIZE; i++) {
            double u = i / (double) TABLE_SIZE;
            curve[i] = (float) toneCurve(u * u * TABLE_MAX);
        }
    }

    /** The luminance curve: linear luminance in, linear luminance out; monotone for every setting. */
    double toneCurve(double y) {
        double x = Srgb.encodeExact(y);
        double bp = -BLACK_SHIFT * p.blacks(), wp = 1 - WHITE_SHIFT * p.whites();
        x = Math.max(0, (x - bp) / (wp - bp));
        double c = Math.min(1, x);
        x += TONE_GAIN * (p.shadows() * c * (1 - c) * (1 - c) + p.highlights() * c * c * (1 - c));
        if (x > 0 && x < 1) x += p.contrast() * CONTRAST_GAIN * 4 * (x - PIVOT) * x * (1 - x);
        return Srgb.decodeExact(Math.max(0, x));
    }

    @Override public Locality locality() { return Locality.POINT; }

    @Override public boolean isIdentity() { return identity; }

    @Override public void apply(FloatImage src, FloatImage dst, RenderContext ctx) {
        float[] sr = src.plane(0), sg = src.plane(1), sb = src.plane(2);
        float[] dr = dst.plane(0), dg = dst.plane(1), db = dst.plane(2);
        for (int i = 0; i < sr.length; i++) {
            float r = sr[i] * gainR, g = sg[i] * gainG, b = sb[i] * gainB;
            float y = Srgb.luminance(r, g, b);
            if (y > 1e-7f) {
                float ratio = mapped(y) / y;
                r *= ratio;
                g *= ratio;
                b *= ratio;
                y *= ratio;
            } else {
                float lifted = mapped(Math.max(0, y));
                r += lifted;
                g += lifted;
                b += lifted;
                y += lifted;
            }
            if (sat != 0 || vib != 0) {
                float max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
                float s = max > 1e-7f ? (max - min) / max : 0;
                float f = (1 + sat) * (1 + vib * (1 - s) * (1 - s));
                r = y + (r - y) * f;
                g = y + (g - y) * f;
                b = y + (b - y) * f;
            }
            dr[i] = Math.max(0, r);
            dg[i] = Math.max(0, g);
            db[i] = Math.max(0, b);
        }
    }

    /** The curve at luminance y, interpolated in the table; beyond it, the end's ratio. */
    private float mapped(float y) {
        if (y >= TABLE_MAX) return y * (curve[TABLE_SIZE] / TABLE_MAX);
        float u = (float) Math.sqrt(y / TABLE_MAX) * TABLE_SIZE;
        int i = Math.min(TABLE_SIZE - 1, (int) u);
        float f = u - i;
        return curve[i] + f * (curve[i + 1] - curve[i]);
    }
}
