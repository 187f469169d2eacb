package dev.patina.ops.grain;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import dev.patina.image.Srgb;
import dev.patina.ops.Locality;
import dev.patina.ops.Noise;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;

/**
 * The grain model.
 *
 * <p>Grain is a continuous random field over the frame: Gaussian values on a lattice whose spacing
 * is the grain size (a fraction of the frame's long side), joined by a cubic B-spline. A pixel
 * records that field averaged over its footprint. Two regimes follow:
 * <ul>
 * <li>pixel footprint within the field's correlation width ({@link #ACF_WIDTH} cells: big images,
 * zoomed in): evaluate the field at the pixel centre, so every scale shows the same grains;</li>
 * <li>larger footprints (small images, previews): the pixel averages many independent cells, so
 * its value is white noise whose standard deviation is ACF_WIDTH / footprint, the asymptotic law
 * of a box average of a field with that correlation width (1 at the boundary, so the regimes
 * join). This is what makes a 1/4 scale preview have the statistics of the full render
 * downsampled.</li>
 * </ul>
 * Noise is added to sRGB-encoded values (a perceptual, density-like domain, as grain sits in the
 * print's density) with zero mean there, scaled by a tone curve peaking in the midtones as film
 * grain does; the lattice values are a pure function of (seed, lattice cell).
 */
final class GrainKernel implements OpKernel {
    /** Lattice spacing at size 1 as a fraction of the frame's long side: ~20 µm on a 36 mm frame. */
    static final double CELL_FRACTION = 0.0006;
    /** Grain standard deviation (encoded units) at amount 1 in the midtones. */
    static final double MAX_SIGMA = 0.11;
    /**
     * Integral of the B-spline field's normalised autocorrelation along one axis, in lattice
     * units: a box of width W cells averages to a standard deviation of about ACF_WIDTH / W.
     */
    static final double ACF_WIDTH = 2.086;

    private final double amount, size, colour, roughness;

    GrainKernel(double amount, double size, double colour, double roughness) {
        this.amount = amount;
        this.size = size;
        this.colour = colour;
        this.roughness = roughness;
    }

    @Override public Locality locality() { return Locality.POINT; }

    @Override public boolean isIdentity() { return amount == 0; }

    /** Lattice spacing in full-resolution pixels. */
    double cellSize(RenderContext ctx) {
        return CELL_FRACTION * size * Math.max(ctx.fullWidth(), ctx.fullHeight());
    }

    @Override public void apply(FloatImage src, FloatImage dst, RenderContext ctx) {
        Rect r = dst.bounds();
        int n = (int) r.area();
        double cell = cellSize(ctx);
        double cellsPerPixel = 1.0 / (cell * ctx.scale());
        float[][] fields = new float[colour > 0 ? 4 : 1][];
        for (int s = 0; s < fields.length; s++) {
            fields[s] = new float[n];
            if (cellsPerPixel <= ACF_WIDTH) smoothField(r, ctx, cell, s, fields[s]);
            else whiteField(r, ctx, (float) (ACF_WIDTH / cellsPerPixel), s, fields[s]);
        }
        float sigma = (float) (MAX_SIGMA * amount);
        float wl = (float) Math.sqrt(1 - colour), wc = (float) Math.sqrt(colour);
        float[] tone = toneTable((float) roughness);
        float[] sr = src.plane(0), sg = src.plane(1), sb = src.plane(2);
        float[] dr = dst.plane(0), dg = dst.plane(1), db = dst.plane(2);
        float[] lum = fields[0];
        for (int i = 0; i < n; i++) {
            float vr = Srgb.encode(sr[i]), vg = Srgb.encode(sg[i]), vb = Srgb.encode(sb[i]);
            float vy = 0.2126f * vr + 0.7152f * vg + 0.0722f * vb;
            float a = sigma * tone[Math.min(TONE_STEPS, Math.max(0, (int) (vy * TONE_STEPS + 0.5f)))];
            float nr, ng, nb;
            if (fields.length == 1) {
                nr = ng = nb = lum[i];
            } else {
                nr = wl * lum[i] + wc * fields[1][i];
                ng = wl * lum[i] + wc * fields[2][i];
                nb = wl * lum[i] + wc * fields[3][i];
            }
            dr[i] = Srgb.decode(vr + a * nr);
            dg[i] = Srgb.decode(vg + a * ng);
            db[i] = Srgb.decode(vb + a * nb);
        }
    }

    private static final int TONE_STEPS = 1024;

    /** {@link #toneResponse} tabulated at 1/1024 steps (two pow calls per pixel were most of the cost). */
    private static float[] toneTable(float roughness) {
        float[] t = new float[TONE_STEPS + 1];
        for (int i = 0; i <= TONE_STEPS; i++) t[i] = toneResponse(i / (float) TONE_STEPS, roughness);
        return t;
    }

    /**
     * Visibility of grain by encoded tone: peaks in the low midtones and fades to zero at black
     * and white, like grain in a print; roughness lifts it in the highlights.
     */
    static float toneResponse(float v, float roughness) {
        float x = Math.min(Math.max(v, 0f), 1f);
        float bell = (float) (Math.pow(x, 0.7) * Math.pow(1 - x, 1.1 - 0.9 * roughness));
        float peak = peakOf(roughness);
        return bell / peak;
    }

    private static float peakOf(float roughness) {
        double q = 1.1 - 0.9 * roughness;
        double xm = 0.7 / (0.7 + q);
        return (float) (Math.pow(xm, 0.7) * Math.pow(1 - xm, q));
    }

    /** Unit-variance white noise per pixel, scaled by the footprint's averaging factor. */
    private static void whiteField(Rect r, RenderContext ctx, float std, int stream, float[] out) {
        long seed = ctx.seed() ^ Double.doubleToLongBits(ctx.scale());
        int i = 0;
        for (int y = r.y(); y < r.bottom(); y++) {
            for (int x = r.x(); x < r.right(); x++) out[i++] = std * Noise.gaussian(seed, x, y, stream);
        }
    }

    /**
     * The B-spline field evaluated at pixel centres, normalised to unit variance. Separable: the
     * lattice rows the tile needs are first interpolated along x at every output column, then each
     * pixel combines four of those rows. Each pixel's value depends only on its coordinates.
     */
    private static void smoothField(Rect r, RenderContext ctx, double cell, int stream, float[] out) {
        double toLattice = 1.0 / (ctx.scale() * cell);
        int w = r.width();
        int[] ix = new int[w];
        float[][] wx = new float[w][4];
        int lx0 = Integer.MAX_VALUE, lx1 = Integer.MIN_VALUE;
        for (int x = 0; x < w; x++) {
            double u = (r.x() + x + 0.5) * toLattice;
            int i0 = (int) Math.floor(u);
            ix[x] = i0;
            bspline((float) (u - i0), wx[x]);
            lx0 = Math.min(lx0, i0 - 1);
            lx1 = Math.max(lx1, i0 + 2);
        }
        double v0 = (r.y() + 0.5) * toLattice, v1 = (r.bottom() - 0.5) * toLattice;
        int ly0 = (int) Math.floor(v0) - 1, ly1 = (int) Math.floor(v1) + 2;
        int rows = ly1 - ly0 + 1, cols = lx1 - lx0 + 1;
        // rowInterp[j][x]: lattice row ly0+j interpolated along x at output column x
        float[][] rowInterp = new float[rows][w];
        float[] lattice = new float[cols];
        for (int j = 0; j < rows; j++) {
            for (int c = 0; c < cols; c++) lattice[c] = Noise.gaussian(ctx.seed(), lx0 + c, ly0 + j, 100 + stream);
            float[] ri = rowInterp[j];
            for (int x = 0; x < w; x++) {
                int b = ix[x] - 1 - lx0;
                float[] k = wx[x];
                ri[x] = k[0] * lattice[b] + k[1] * lattice[b + 1] + k[2] * lattice[b + 2] + k[3] * lattice[b + 3];
            }
        }
        float norm = (float) (1 / Math.sqrt(BSPLINE_SQUARED_2D));
        float[] wy = new float[4];
        int i = 0;
        for (int y = r.y(); y < r.bottom(); y++) {
            double v = (y + 0.5) * toLattice;
            int j0 = (int) Math.floor(v);
            bspline((float) (v - j0), wy);
            float[] a = rowInterp[j0 - 1 - ly0], b = rowInterp[j0 - ly0], c = rowInterp[j0 + 1 - ly0], d = rowInterp[j0 + 2 - ly0];
            for (int x = 0; x < w; x++) {
                out[i++] = norm * (wy[0] * a[x] + wy[1] * b[x] + wy[2] * c[x] + wy[3] * d[x]);
            }
        }
    }

    /** Variance of the unnormalised 2D field: the mean over positions of the summed squared weights, (∫B²)² = (151/315)². */
    static final double BSPLINE_SQUARED_2D = Math.pow(151.0 / 315.0, 2);

    /** Uniform cubic B-spline weights for fractional position t in [0,1). */
    static void bspline(float t, float[] w) {
        float t2 = t * t, t3 = t2 * t, s = 1 - t;
        w[0] = s * s * s / 6f;
        w[1] = (3 * t3 - 6 * t2 + 4) / 6f;
        w[2] = (-3 * t3 + 3 * t2 + 3 * t + 1) / 6f;
        w[3] = t3 / 6f;
    }
}
