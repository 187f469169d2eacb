package dev.patina.ops.vignette;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import dev.patina.image.Srgb;
import dev.patina.ops.Locality;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;

/**
 * The vignette model. A normalised radius d (1 at the corners) is computed with a shape that runs
 * from the frame's rectangle through its ellipse to a circle; midpoint and feather map d to an
 * effect e in [0,1]; e is the tangent of the off-axis angle of a lens whose illumination falls as
 * cos⁴θ, so at full feather the falloff has the shape of real lens vignetting. The gain multiplies
 * linear light (physically right), and positive amounts move towards white instead of multiplying
 * up, so lightened edges cannot blow out.
 */
final class VignetteKernel implements OpKernel {
    private static final int GAIN_STEPS = 4096;
    private final double amount, midpoint, roundness, feather, highlights;

    VignetteKernel(double amount, double midpoint, double roundness, double feather, double highlights) {
        this.amount = amount;
        this.midpoint = midpoint;
        this.roundness = roundness;
        this.feather = feather;
        this.highlights = highlights;
    }

    @Override public Locality locality() { return Locality.POINT; }

    @Override public boolean isIdentity() { return amount == 0; }

    @Override public void apply(FloatImage src, FloatImage dst, RenderContext ctx) {
        Rect full = ctx.scaledBounds();
        double cx = full.width() / 2.0, cy = full.height() / 2.0;
        // Half-axes: the frame's own at roundness <= 0, the half-diagonal for both at 1 (a circle).
        double halfDiag = Math.hypot(cx, cy) / Math.sqrt(2);
        double round = Math.max(0, roundness);
        double ax = cx + (halfDiag - cx) * round, ay = cy + (halfDiag - cy) * round;
        double p = 2 + Math.max(0, -roundness) * 6; // superellipse exponent: towards the rectangle
        double cornerNorm = Math.pow(Math.pow(cx / ax, p) + Math.pow(cy / ay, p), 1 / p);
        double start = midpoint * (1 - 0.5 * feather) * 1.0;
        double width = Math.max(0.02, feather * 1.2);
        float strength = (float) Math.abs(amount);
        boolean darken = amount < 0;
        float protect = (float) highlights;
        Rect r = dst.bounds();
        float[] sr = src.plane(0), sg = src.plane(1), sb = src.plane(2);
        float[] dr = dst.plane(0), dg = dst.plane(1), db = dst.plane(2);
        // Gain as a function of q = nx^p + ny^p, tabulated: the per-pixel cost is then an add and a
        // table lookup, and each entry is a pure function of q, so tiles agree exactly.
        double qMax = Math.pow(cornerNorm, p) * 1.0001;
        float[] table = new float[GAIN_STEPS + 2];
        for (int k = 0; k < table.length; k++) {
            double q = Math.min(k, GAIN_STEPS) * qMax / GAIN_STEPS;
            double d = Math.pow(q, 1 / p) / cornerNorm;
            double e = smoothstep((d - start) / width);
            double cos2 = 1 / (1 + e * e);                             // cos²θ with tanθ = e
            table[k] = (float) Math.pow(cos2 * cos2, 2 * strength);   // cos⁴θ, raised by strength
        }
        float toIndex = (float) (GAIN_STEPS / qMax);
        float[] colQ = new float[r.width()];
        for (int x = 0; x < r.width(); x++) colQ[x] = (float) Math.pow(Math.abs(r.x() + x + 0.5 - cx) / ax, p);
        float[] rowGain = new float[r.width()];
        int i = 0;
        for (int y = r.y(); y < r.bottom(); y++) {
            float rowQ = (float) Math.pow(Math.abs(y + 0.5 - cy) / ay, p);
            for (int x = 0; x < r.width(); x++) {
                float pos = Math.min((colQ[x] + rowQ) * toIndex, GAIN_STEPS);
                int k = (int) pos;
                rowGain[x] = table[k] + (table[k + 1] - table[k]) * (pos - k);
            }
            for (int x = 0; x < r.width(); x++, i++) {
                float g = rowGain[x];
                float lr = sr[i], lg = sg[i], lb = sb[i];
                if (darken) {
                    if (protect > 0) {
                        float v = Srgb.encode(Math.max(lr, Math.max(lg, lb)));
                        float t = Math.min(1f, Math.max(0f, (v - 0.55f) / 0.4f));
                        g = g + (1 - g) * protect * t * t * (3 - 2 * t);
                    }
                    dr[i] = lr * g; dg[i] = lg * g; db[i] = lb * g;
                } else {
                    dr[i] = 1 - (1 - lr) * g; dg[i] = 1 - (1 - lg) * g; db[i] = 1 - (1 - lb) * g;
                }
            }
        }
    }

    private static double smoothstep(double t) {
        t = Math.max(0, Math.min(1, t));
        return t * t * (3 - 2 * t);
    }
}
