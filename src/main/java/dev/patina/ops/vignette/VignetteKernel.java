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

    /**
     * The falloff for one render size: the shape's half-axes and exponent, and the gain tabulated
     * as a function of q = nx^p + ny^p. Building the table takes 12k pow calls, more than a
     * 256-px tile's pixels cost, so it is built once per render size, not per tile.
     */
    private record Falloff(Rect full, double cx, double cy, double ax, double ay, double p, float[] table, float toIndex) {}

    private volatile Falloff falloff;

    private Falloff falloff(Rect full) {
        Falloff f = falloff;
        if (f != null && f.full().equals(full)) return f;
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
        double qMax = Math.pow(cornerNorm, p) * 1.0001;
        float[] table = new float[GAIN_STEPS + 2];
        for (int k = 0; k < table.length; k++) {
            double q = Math.min(k, GAIN_STEPS) * qMax / GAIN_STEPS;
            double d = Math.pow(q, 1 / p) / cornerNorm;
            double e = smoothstep((d - start) / width);
            double cos2 = 1 / (1 + e * e);                             // cos²θ with tanθ = e
            table[k] = (float) Math.pow(cos2 * cos2, 2 * strength);   // cos⁴θ, raised by strength
        }
        f = new Falloff(full, cx, cy, ax, ay, p, table, (float) (GAIN_STEPS / qMax));
        falloff = f;
        return f;
    }

    @Override public void apply(FloatImage src, FloatImage dst, RenderContext ctx) {
        Falloff f = falloff(ctx.scaledBounds());
        float[] table = f.table();
        float toIndex = f.toIndex();
        double p = f.p();
        boolean darken = amount < 0;
        float protect = (float) highlights;
        Rect r = dst.bounds();
        float[] sr = src.plane(0), sg = src.plane(1), sb = src.plane(2);
        float[] dr = dst.plane(0), dg = dst.plane(1), db = dst.plane(2);
        // Per pixel the gain is an add and a table lookup; each entry is a pure function of q, so
        // tiles agree exactly.
        float[] colQ = new float[r.width()];
        for (int x = 0; x < r.width(); x++) colQ[x] = (float) Math.pow(Math.abs(r.x() + x + 0.5 - f.cx()) / f.ax(), p);
        float[] rowGain = new float[r.width()];
        int i = 0;
        for (int y = r.y(); y < r.bottom(); y++) {
            float rowQ = (float) Math.pow(Math.abs(y + 0.5 - f.cy()) / f.ay(), p);
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
