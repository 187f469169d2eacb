package dev.patina.ops.grain;

import dev.patina.image.Rect;
import dev.patina.ops.Noise;

/**
 * The grain as a random field over the frame, sampled the way a sensor pixel samples it.
 *
 * <p>The field is F(u) = Σ w_k B(u − k): independent unit Gaussians w_k on a lattice whose spacing
 * is one grain cell, joined by the cubic B-spline B (separable in x and y), normalised to unit
 * variance. A pixel does not point-sample F: it records F averaged over its footprint, a box W
 * lattice units wide. Averaging F over a box is the same as using the kernel K_W = B ⊛ box_W,
 * which has a closed form through the B-spline's antiderivative, so every render scale evaluates
 * exactly the field a full-resolution render would show after area downsampling. That is what
 * makes a 1/4 preview have the grain statistics of the export downsampled to that size.
 *
 * <p>Past {@link #WHITE_FOOTPRINT} cells per pixel the sum would touch too many lattice points;
 * neighbouring pixels are then nearly uncorrelated, so the pixel becomes white noise with the
 * exact standard deviation of a box average of F (computed from F's autocorrelation, the
 * degree-7 B-spline).
 */
final class GrainField {
    /** Footprint (lattice cells per pixel) above which pixels are treated as independent. */
    static final double WHITE_FOOTPRINT = 6.0;
    /** Normalises the point field to unit variance: the mean of Σ B(u−k)² is ∫B² = 151/315 per axis. */
    private static final double AXIS_NORM = Math.sqrt(315.0 / 151.0);

    private GrainField() {}

    /**
     * Fills out (row-major over r) with the field averaged over each pixel's footprint.
     * {@code toLattice} converts output pixel coordinates to lattice units (1 / (cell · scale)).
     */
    static void sample(Rect r, double toLattice, long seed, long stream, float[] out) {
        if (toLattice > WHITE_FOOTPRINT) {
            white(r, toLattice, seed, stream, out);
            return;
        }
        AxisTaps ax = new AxisTaps(r.x(), r.width(), toLattice), ay = new AxisTaps(r.y(), r.height(), toLattice);
        int cols = ax.last - ax.first + 1, rows = ay.last - ay.first + 1;
        // Lattice rows interpolated along x at every output column, then combined along y.
        float[][] rowAtX = new float[rows][r.width()];
        float[] lattice = new float[cols];
        for (int j = 0; j < rows; j++) {
            for (int c = 0; c < cols; c++) lattice[c] = Noise.gaussian(seed, ax.first + c, ay.first + j, stream);
            float[] dst = rowAtX[j];
            for (int x = 0; x < r.width(); x++) {
                float[] w = ax.weights[x];
                int base = ax.start[x] - ax.first;
                float acc = 0;
                for (int k = 0; k < w.length; k++) acc += w[k] * lattice[base + k];
                dst[x] = acc;
            }
        }
        int i = 0;
        for (int y = 0; y < r.height(); y++) {
            float[] w = ay.weights[y];
            int base = ay.start[y] - ay.first;
            for (int x = 0; x < r.width(); x++) {
                float acc = 0;
                for (int k = 0; k < w.length; k++) acc += w[k] * rowAtX[base + k][x];
                out[i++] = acc;
            }
        }
    }

    private static void white(Rect r, double footprint, long seed, long stream, float[] out) {
        float std = (float) boxVarianceRatio(footprint);
        // Streams differ from the lattice's so the white regime is not a copy of lattice values.
        long whiteSeed = seed ^ 0x5DEECE66DL;
        int i = 0;
        for (int y = r.y(); y < r.bottom(); y++) {
            for (int x = r.x(); x < r.right(); x++) out[i++] = std * Noise.gaussian(whiteSeed, x, y, stream);
        }
    }

    /** Per-axis taps: for each output pixel, the first lattice index and the K_W weights. */
    private static final class AxisTaps {
        final int[] start;
        final float[][] weights;
        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;

        AxisTaps(int origin, int length, double toLattice) {
            start = new int[length];
            weights = new float[length][];
            double halfW = toLattice / 2;
            for (int p = 0; p < length; p++) {
                double u = (origin + p + 0.5) * toLattice;
                int k0 = (int) Math.ceil(u - 2 - halfW), k1 = (int) Math.floor(u + 2 + halfW);
                float[] w = new float[k1 - k0 + 1];
                for (int k = k0; k <= k1; k++) w[k - k0] = (float) (AXIS_NORM * boxedBSpline(u - k, toLattice));
                start[p] = k0;
                weights[p] = w;
                first = Math.min(first, k0);
                last = Math.max(last, k1);
            }
        }
    }

    /** K_W(x): the cubic B-spline averaged over a box of width w centred on x. */
    static double boxedBSpline(double x, double w) {
        if (w < 1e-4) return bspline(x);
        return (bsplineIntegral(x + w / 2) - bsplineIntegral(x - w / 2)) / w;
    }

    /** The centred cubic B-spline (support −2..2, integral 1). */
    static double bspline(double x) {
        double a = Math.abs(x);
        if (a < 1) return 2.0 / 3 - a * a + a * a * a / 2;
        if (a < 2) return (2 - a) * (2 - a) * (2 - a) / 6;
        return 0;
    }

    /** ∫_{−2}^{x} B: by truncated powers, (1/24) Σ_k (−1)^k C(4,k) (x + 2 − k)_+^4. */
    static double bsplineIntegral(double x) {
        if (x <= -2) return 0;
        if (x >= 2) return 1;
        double s = 0;
        int[] binom = {1, 4, 6, 4, 1};
        for (int k = 0; k <= 4; k++) {
            double t = x + 2 - k;
            if (t > 0) s += (k % 2 == 0 ? 1 : -1) * binom[k] * t * t * t * t;
        }
        return s / 24;
    }

    /**
     * Variance of F averaged over a 1D box of width w, relative to F's variance:
     * (2/w²) ∫₀^w (w − τ) ρ(τ) dτ, with ρ the normalised autocorrelation of F along an axis, which
     * is the degree-7 B-spline B₇(τ)/B₇(0). The 2D standard-deviation ratio equals this value.
     */
    static double boxVarianceRatio(double w) {
        int n = 2000;
        double h = Math.min(w, 4) / n, s = 0;
        for (int i = 0; i <= n; i++) {
            double tau = i * h;
            double f = (w - tau) * bspline7(tau) / bspline7(0);
            s += (i == 0 || i == n) ? f / 2 : f;
        }
        return 2 / (w * w) * s * h;
    }

    /** The centred degree-7 B-spline, by truncated powers: (1/7!) Σ_k (−1)^k C(8,k) (x + 4 − k)_+^7. */
    static double bspline7(double x) {
        double s = 0, binom = 1;
        for (int k = 0; k <= 8; k++) {
            double t = x + 4 - k;
            if (t > 0) s += (k % 2 == 0 ? 1 : -1) * binom * Math.pow(t, 7);
            binom = binom * (8 - k) / (k + 1);
        }
        return s / 5040;
    }
}
