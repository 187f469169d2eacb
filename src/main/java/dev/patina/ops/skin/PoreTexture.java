package dev.patina.ops.skin;

import dev.patina.image.Plane;

import dev.patina.image.Rect;
import dev.patina.ops.Noise;
import dev.patina.ops.RenderContext;

/**
 * Pore-scale texture: a unit-variance random field over the frame, sized relative to the image so
 * it looks the same at any export size. Gaussian values on a lattice whose spacing is a fraction of
 * the full-resolution diagonal, joined by a cubic B-spline; every value is a pure function of the
 * document seed and the lattice cell, so tiles agree.
 *
 * <p>A pixel records the field averaged over its footprint. While the footprint is within the
 * field's correlation width the field is read at the pixel centre (the same pores at every zoom);
 * for larger footprints (small previews of big images) the pixel averages many independent cells,
 * so it gets white noise of standard deviation ACF_WIDTH / footprint: the law of a box average of a
 * field whose normalised autocorrelation integrates to ACF_WIDTH cells along each axis. For this
 * field that integral is (∫B)² / ∫B² = 1 / (151/315) for the cubic B-spline B. The regimes meet at
 * a footprint of ACF_WIDTH cells, where both give unit variance.
 */
final class PoreTexture {
    static final double ACF_WIDTH = 315.0 / 151.0;
    /** Variance of the unnormalised 2-D field: (∫B²)². */
    private static final double FIELD_VARIANCE = Math.pow(151.0 / 315.0, 2);
    private static final long STREAM = 0x5C1AL;

    private PoreTexture() {}

    /** The field over r (output pixels at ctx.scale), cell = lattice spacing in full-resolution pixels. */
    static Plane field(Rect r, RenderContext ctx, double cell) {
        Plane out = new Plane(r);
        double cellsPerPixel = 1.0 / (cell * ctx.scale());
        if (cellsPerPixel > ACF_WIDTH) white(r, ctx, (float) (ACF_WIDTH / cellsPerPixel), out.v);
        else smooth(r, ctx, cell, out.v);
        return out;
    }

    private static void white(Rect r, RenderContext ctx, float std, float[] out) {
        // Decorrelated from the smooth regime's lattice and from other scales' renders.
        long seed = ctx.seed() ^ Double.doubleToLongBits(ctx.scale());
        int i = 0;
        for (int y = r.y(); y < r.bottom(); y++) {
            for (int x = r.x(); x < r.right(); x++) out[i++] = std * Noise.gaussian(seed, x, y, STREAM);
        }
    }

    /** Separable B-spline interpolation of the lattice at pixel centres. */
    private static void smooth(Rect r, RenderContext ctx, double cell, float[] out) {
        double toLattice = 1.0 / (ctx.scale() * cell);
        int w = r.width();
        int[] ix = new int[w];
        float[][] wx = new float[w][4];
        for (int x = 0; x < w; x++) {
            double u = (r.x() + x + 0.5) * toLattice;
            ix[x] = (int) Math.floor(u);
            bspline((float) (u - ix[x]), wx[x]);
        }
        int lx0 = ix[0] - 1, cols = ix[w - 1] + 2 - lx0 + 1;
        int ly0 = (int) Math.floor((r.y() + 0.5) * toLattice) - 1;
        int rows = (int) Math.floor((r.bottom() - 0.5) * toLattice) + 2 - ly0 + 1;
        float[][] rowInterp = new float[rows][w];
        float[] lattice = new float[cols];
        for (int j = 0; j < rows; j++) {
            for (int c = 0; c < cols; c++) lattice[c] = Noise.gaussian(ctx.seed(), lx0 + c, ly0 + j, STREAM);
            for (int x = 0; x < w; x++) {
                int b = ix[x] - 1 - lx0;
                float[] k = wx[x];
                rowInterp[j][x] = k[0] * lattice[b] + k[1] * lattice[b + 1] + k[2] * lattice[b + 2] + k[3] * lattice[b + 3];
            }
        }
        float norm = (float) (1 / Math.sqrt(FIELD_VARIANCE));
        float[] wy = new float[4];
        int i = 0;
        for (int y = r.y(); y < r.bottom(); y++) {
            double v = (y + 0.5) * toLattice;
            int j0 = (int) Math.floor(v);
            bspline((float) (v - j0), wy);
            int b = j0 - 1 - ly0;
            for (int x = 0; x < w; x++) {
                out[i++] = norm * (wy[0] * rowInterp[b][x] + wy[1] * rowInterp[b + 1][x]
                    + wy[2] * rowInterp[b + 2][x] + wy[3] * rowInterp[b + 3][x]);
            }
        }
    }

    /** Uniform cubic B-spline weights at fractional position t in [0, 1). */
    private static void bspline(float t, float[] w) {
        float t2 = t * t, t3 = t2 * t, s = 1 - t;
        w[0] = s * s * s / 6f;
        w[1] = (3 * t3 - 6 * t2 + 4) / 6f;
        w[2] = (-3 * t3 + 3 * t2 + 3 * t + 1) / 6f;
        w[3] = t3 / 6f;
    }
}
