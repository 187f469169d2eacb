package dev.patina.ops.grain;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import dev.patina.image.Srgb;
import dev.patina.ops.Locality;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;

/**
 * The grain model: a random field over the frame ({@link GrainField}) whose cell is a fixed
 * fraction of the frame's long side, sampled by each pixel over its footprint, added to
 * sRGB-encoded values (a perceptual, density-like domain, as grain sits in the print's density)
 * with zero mean there, scaled by a tone curve that peaks in the low midtones as film grain does.
 * With colour above 0, independent fields per dye layer are mixed in.
 */
final class GrainKernel implements OpKernel {
    /** Lattice spacing at size 1 as a fraction of the frame's long side: ~20 µm on a 36 mm frame. */
    static final double CELL_FRACTION = 0.0006;
    /** Grain standard deviation (encoded units) at amount 1 in the midtones. */
    static final double MAX_SIGMA = 0.11;

    private final double amount, size, colour, roughness;
    /** Built once per kernel: rebuilding it per tile cost about as much as the tile's pixels. */
    private final float[] tone;

    GrainKernel(double amount, double size, double colour, double roughness) {
        this.amount = amount;
        this.size = size;
        this.colour = colour;
        this.roughness = roughness;
        this.tone = toneTable((float) roughness);
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
        // colour 0: one field for all channels. Otherwise one field per dye layer, mixed so each
        // channel keeps unit variance and channels correlate by (1 - colour): with
        // s = (fr + fg + fb)/√3, n_c = α f_c + β s has Var 1 and Cov 1 - colour when α = √colour
        // and β = -α/√3 + √(α²/3 + 1 - colour). Three fields instead of a shared one plus three.
        float[][] fields = new float[colour > 0 ? 3 : 1][];
        for (int s = 0; s < fields.length; s++) fields[s] = FieldCache.field(r, cellsPerPixel, ctx.seed(), 100 + s);
        float sigma = (float) (MAX_SIGMA * amount);
        double alpha = Math.sqrt(colour);
        float wc = (float) alpha;
        float ws = (float) ((-alpha / Math.sqrt(3) + Math.sqrt(alpha * alpha / 3 + 1 - colour)) / Math.sqrt(3));
        float[] sr = src.plane(0), sg = src.plane(1), sb = src.plane(2);
        float[] dr = dst.plane(0), dg = dst.plane(1), db = dst.plane(2);
        float[] f0 = fields[0], f1 = fields[fields.length > 1 ? 1 : 0], f2 = fields[fields.length > 1 ? 2 : 0];
        boolean mono = fields.length == 1;
        for (int i = 0; i < n; i++) {
            float vr = Srgb.encode(sr[i]), vg = Srgb.encode(sg[i]), vb = Srgb.encode(sb[i]);
            float vy = 0.2126f * vr + 0.7152f * vg + 0.0722f * vb;
            float a = sigma * tone[Math.min(TONE_STEPS, Math.max(0, (int) (vy * TONE_STEPS + 0.5f)))];
            float nr, ng, nb;
            if (mono) {
                nr = ng = nb = f0[i];
            } else {
                float shared = ws * (f0[i] + f1[i] + f2[i]);
                nr = wc * f0[i] + shared;
                ng = wc * f1[i] + shared;
                nb = wc * f2[i] + shared;
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
}
