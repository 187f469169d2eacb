package dev.patina.ops.clarity;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import dev.patina.image.BoxMean;
import dev.patina.image.Scratch;
import dev.patina.ops.Locality;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;

/**
 * Clarity through a self-guided filter (He, Sun and Tang, "Guided Image Filtering", 2010) on
 * sRGB-encoded luminance. The filter's output q is an edge-preserving local mean: where the local
 * variance exceeds eps (a real edge) q follows the signal, so detail = v − q is small there and
 * boosting it makes no halo (the detail is further damped by 1 − mean(a), the filter's own edge
 * measure); in textured midtones q is the local mean and detail is the
 * micro-contrast we scale. The change is applied to RGB as a luminance ratio in linear light, so
 * colours keep their hue and saturation.
 */
final class ClarityKernel implements OpKernel {
    /** Box sums hold encoded values (0..1) in steps of 2^-20. */
    private static final double FIXED_POINT = 1 << 20;

    /** Radius at radius=1 as a fraction of the image diagonal. */
    static final double RADIUS_FRACTION = 0.0045;

    private final double amount, radius, edges;

    ClarityKernel(double amount, double radius, double edges) {
        this.amount = amount;
        this.radius = radius;
        this.edges = edges;
    }

    @Override public Locality locality() { return Locality.NEIGHBOURHOOD; }

    @Override public boolean isIdentity() { return amount == 0; }

    int filterRadius(RenderContext ctx) {
        return Math.max(1, (int) Math.round(ctx.diagonalFraction(RADIUS_FRACTION * radius)));
    }

    /** Two nested box means of radius r: the filter reads 2r pixels around each output pixel. */
    @Override public int halo(RenderContext ctx) { return 2 * filterRadius(ctx); }

    @Override public void apply(FloatImage src, FloatImage dst, RenderContext ctx) {
        int r = filterRadius(ctx);
        int sw = src.width(), sh = src.height();
        int n = sw * sh;
        float[] sr = src.plane(0), sg = src.plane(1), sb = src.plane(2);
        Scratch scratch = ctx.scratch();
        float[] v = scratch.floats(0, n), vv = scratch.floats(1, n);
        for (int i = 0; i < n; i++) {
            float e = Srgb.encode(Srgb.luminance(sr[i], sg[i], sb[i]));
            v[i] = e;
            vv[i] = e * e;
        }
        // Pass 1: means of v and v² over the region one radius inside src, then a, b per pixel.
        int w1 = sw - 2 * r, h1 = sh - 2 * r, n1 = w1 * h1;
        float[] mean = scratch.floats(2, n1), meanSq = scratch.floats(3, n1);
        BoxMean.inner(v, sw, sh, r, FIXED_POINT, mean, scratch);
        BoxMean.inner(vv, sw, sh, r, FIXED_POINT, meanSq, scratch);
        float eps = (float) (0.0002 + 0.006 * edges * edges);
        float[] a = scratch.floats(4, n1), b = scratch.floats(5, n1);
        for (int i = 0; i < n1; i++) {
            float var = Math.max(0f, meanSq[i] - mean[i] * mean[i]);
            float ai = var / (var + eps);
            a[i] = ai;
            b[i] = mean[i] * (1 - ai);
        }
        // Pass 2: means of a and b over the destination region; q = mean(a)·v + mean(b).
        int n2 = (w1 - 2 * r) * (h1 - 2 * r);
        float[] ma = scratch.floats(6, n2), mb = scratch.floats(7, n2);
        BoxMean.inner(a, w1, h1, r, FIXED_POINT, ma, scratch);
        BoxMean.inner(b, w1, h1, r, FIXED_POINT, mb, scratch);
        int dw = dst.width(), dh = dst.height();
        float k = (float) (amount > 0 ? 1.5 * amount : amount);
        float[] dr = dst.plane(0), dg = dst.plane(1), db = dst.plane(2);
        for (int y = 0; y < dh; y++) {
            for (int x = 0; x < dw; x++) {
                int si = (y + 2 * r) * sw + (x + 2 * r);
                int di = y * dw + x;
                float vi = v[si];
                float q = ma[di] * vi + mb[di];
                // mean(a) near 1 marks a strong edge: damp the detail there too, which removes the
                // guided filter's small residual halo beside high-contrast edges.
                float detail = (vi - q) * (1f - ma[di]);
                float mid = 1f - 0.7f * sq(2f * vi - 1f); // midtones get the full effect
                float target = Math.max(0f, vi + k * detail * mid);
                float yIn = Srgb.luminance(sr[si], sg[si], sb[si]);
                float ratio = yIn > 1e-6f ? Math.min(8f, Srgb.decode(target) / yIn) : 1f;
                dr[di] = sr[si] * ratio;
                dg[di] = sg[si] * ratio;
                db[di] = sb[si] * ratio;
            }
        }
    }

    private static float sq(float x) { return x * x; }
}
