package dev.patina.ops.dof;

import java.util.HashMap;
import java.util.Map;

/**
 * The shape of the lens aperture as horizontal spans, one per pixel row, for any diameter. A disc
 * of light is drawn by adding its value at the start of each span and subtracting it at the end in
 * a difference row, so a disc of diameter D costs O(D), not O(D²), and any convex shape works.
 *
 * <p>Span ends carry their fractional coverage (the disc is anti-aliased), and each row's width is
 * the exact area of the shape inside that pixel row (closed form for the disc, 8 sub-rows for a
 * polygon), so discs grow smoothly with the diameter and their total weight is their area: after
 * dividing by it, every source pixel spreads exactly its own energy. Tables are cached per
 * 1/16 px of diameter.
 */
final class Aperture {
    /** One row of spans for one diameter: offsets from the source pixel and end coverages. */
    static final class Table {
        final int radiusRows;
        final int[] first, last;
        final float[] wFirst, wLast, rowWeight;
        final float norm;
        final int minOffset, maxOffset;

        Table(int radiusRows, int[] first, int[] last, float[] wFirst, float[] wLast, float[] rowWeight, float norm) {
            this.rowWeight = rowWeight;
            this.radiusRows = radiusRows;
            this.first = first;
            this.last = last;
            this.wFirst = wFirst;
            this.wLast = wLast;
            this.norm = norm;
            int lo = 0, hi = 0;
            for (int i = 0; i < first.length; i++) { lo = Math.min(lo, first[i]); hi = Math.max(hi, last[i]); }
            this.minOffset = lo;
            this.maxOffset = hi;
        }
    }

    private static final int STEPS_PER_PX = 16;
    private final int blades;
    private final Map<Integer, Table> tables = new HashMap<>();

    /** blades 0 = round, else a regular polygon with that many sides (3 or more). */
    Aperture(int blades) {
        this.blades = blades < 3 ? 0 : blades;
    }

    /** An aperture of the same shape with its own table cache, for another thread. */
    Aperture copy() { return new Aperture(blades); }

    /** The table for a diameter in pixels (quantised to 1/16 px). Not thread-safe: one per thread. */
    Table table(float diameter) {
        int key = Math.round(Math.abs(diameter) * STEPS_PER_PX);
        return tables.computeIfAbsent(key, k -> build(k / (double) STEPS_PER_PX));
    }

    private Table build(double diameter) {
        double rho = Math.max(0.5, diameter / 2); // below one pixel the light stays in its pixel
        int rows = (int) Math.ceil(rho + 0.5) - 1;
        int n = 2 * rows + 1;
        int[] first = new int[n], last = new int[n];
        float[] wf = new float[n], wl = new float[n], rw = new float[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int dy = i - rows;
            double[] span = blades == 0 ? discSpan(rho, dy) : polygonSpan(rho, dy);
            double xl = span[0], xr = span[1], height = span[2];
            if (!(xr > xl) || !(height > 0)) { xl = xr = 0; height = 0; }
            rw[i] = (float) height;
            total += (xr - xl) * height;
            // Pixel k covers [k − 0.5, k + 0.5); shift by 0.5 so it covers [k, k + 1).
            double u = xl + 0.5, v = xr + 0.5;
            first[i] = (int) Math.floor(u);
            last[i] = (int) Math.floor(v);
            wf[i] = (float) (first[i] + 1 - u);
            wl[i] = (float) (v - last[i]);
        }
        return new Table(rows, first, last, wf, wl, rw, (float) (1 / total));
    }

    /**
     * The disc in row dy as {left, right, height}: the part of the pixel row it covers (height) and
     * its mean width over that part, so width × height is the disc's exact area inside the row and
     * a row the disc only grazes is drawn faint rather than full.
     */
    private static double[] discSpan(double rho, int dy) {
        if (rho <= 0.5) return new double[] {-0.5, 0.5, 1};
        double a = Math.max(-rho, dy - 0.5), b = Math.min(rho, dy + 0.5);
        if (!(b > a)) return new double[] {0, 0, 0};
        double width = (g(rho, b) - g(rho, a)) / (b - a);
        return new double[] {-width / 2, width / 2, b - a};
    }

    /** Antiderivative of the disc's chord length 2√(ρ² − t²). */
    private static double g(double rho, double t) {
        double s = Math.max(-1, Math.min(1, t / rho));
        return t * Math.sqrt(Math.max(0, rho * rho - t * t)) + rho * rho * Math.asin(s);
    }

    /** A regular polygon of the disc's area, one vertex up, as {left, right, height} from 8 sub-rows. */
    private double[] polygonSpan(double rho, int dy) {
        if (rho <= 0.5) return new double[] {-0.5, 0.5, 1};
        double circum = rho * Math.sqrt(2 * Math.PI / (blades * Math.sin(2 * Math.PI / blades)));
        double apothem = circum * Math.cos(Math.PI / blades);
        double sumL = 0, sumW = 0;
        int sub = 8, hits = 0;
        for (int k = 0; k < sub; k++) {
            double t = dy - 0.5 + (k + 0.5) / sub;
            double lo = -Double.MAX_VALUE, hi = Double.MAX_VALUE;
            for (int e = 0; e < blades; e++) {
                // Edge e's outward normal points between vertices at 90° + 360°·e/n and the next.
                double alpha = Math.PI / 2 + 2 * Math.PI * (e + 0.5) / blades;
                double c = Math.cos(alpha), s = Math.sin(alpha);
                double rhs = apothem - t * s;
                if (Math.abs(c) < 1e-12) { if (rhs < 0) { lo = 1; hi = 0; } continue; }
                if (c > 0) hi = Math.min(hi, rhs / c); else lo = Math.max(lo, rhs / c);
            }
            if (hi > lo) { sumW += hi - lo; sumL += (hi + lo) / 2; hits++; }
        }
        if (hits == 0) return new double[] {0, 0, 0};
        double width = sumW / hits, centre = sumL / hits;
        return new double[] {centre - width / 2, centre + width / 2, hits / (double) sub};
    }
}
