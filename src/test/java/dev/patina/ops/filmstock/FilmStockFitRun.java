package dev.patina.ops.filmstock;

import dev.patina.image.ColorScience;
import dev.patina.image.Lut3D;
import dev.patina.image.Srgb;
import dev.patina.io.LutLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Temporary: fits stock parameters to the reference LUTs by Nelder-Mead. Run with -Dpatina.fit=STOCK. */
class FilmStockFitRun {

    @Test
    void fit() {
        String which = System.getProperty("patina.fit");
        Assumptions.assumeTrue(which != null);
        String file = switch (which) {
            case "portra-400" -> "t3mujinpack - Color Negative - Kodak Portra 400.png";
            case "superia-400" -> "t3mujinpack - Color Negative - Fuji Superia 400.png";
            case "ektar-100" -> "t3mujinpack - Color Negative - Kodak Ektar 100.png";
            default -> "t3mujinpack - Black and White - Kodak Tri-X 400.png";
        };
        Lut3D ref = LutLoader.load(FilmReference.T3MUJIN.resolve(file));
        double[][] pts = concat(FilmReference.grid(9), FilmReference.colorChecker());
        double[][] refLab = FilmReference.labThrough(ref, pts);
        double[][] lin = new double[pts.length][3];
        for (int i = 0; i < pts.length; i++) for (int c = 0; c < 3; c++) lin[i][c] = Srgb.decodeExact(pts[i][c]);
        double[][] idLab = FilmReference.labThrough(Lut3D.identity(2), pts);
        System.out.println("identity vs reference mean ΔE " + FilmReference.deltaE(idLab, refLab));

        boolean mono = which.equals("tri-x-400");
        Function<double[], StockModel> build = mono ? FilmStockFitRun::mono : FilmStockFitRun::colour;
        ToDoubleFunction<double[]> cost = x -> {
            StockModel m;
            try { m = build.apply(x); } catch (IllegalArgumentException e) { return 1e9; }
            double[] out = new double[3];
            double sum = 0;
            for (int i = 0; i < pts.length; i++) {
                m.render(lin[i][0], lin[i][1], lin[i][2], out);
                double[] lab = ColorScience.encodedSrgbToLab(FilmReference.clamp(out[0]), FilmReference.clamp(out[1]), FilmReference.clamp(out[2]));
                sum += ColorScience.deltaE2000(lab, refLab[i]);
            }
            return sum / pts.length;
        };
        double[] x = mono ? new double[] {0.25, 0.65, Math.log(1.3), Math.log(0.5), 0, 0, 1}
            : new double[] {0, 0, 0, 0, 0, 0, Math.log(1.2), Math.log(1.2), Math.log(1.2), Math.log(0.5), Math.log(0.5), Math.log(0.5), 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1};
        System.out.println("start " + cost.applyAsDouble(x));
        Random rnd = new Random(1);
        double best = cost.applyAsDouble(x);
        for (int round = 0; round < 12; round++) {
            double[] cand = NelderMead.minimise(cost, x, round == 0 ? 0.2 : 0.05, 6000);
            double v = cost.applyAsDouble(cand);
            if (v < best) { best = v; x = cand; }
            System.out.printf(Locale.ROOT, "round %d: %.4f%n", round, best);
        }
        System.out.println("RESULT " + which + " cost " + best + " x=" + Arrays.toString(x));
        System.out.println(describe(build.apply(x)));
    }

    static StockModel colour(double[] x) {
        double[] m = {
            1 - x[0] - x[1], x[0], x[1],
            x[2], 1 - x[2] - x[3], x[3],
            x[4], x[5], 1 - x[4] - x[5]};
        double[] d = {
            1 - x[19] - x[20], x[19], x[20],
            x[21], 1 - x[21] - x[22], x[22],
            x[23], x[24], 1 - x[23] - x[24]};
        if (Boolean.getBoolean("patina.noDyes")) d = new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
        ChromaResponse k = new ChromaResponse(x[25], x[26], x[27], x[28]);
        return StockConstants.colour(m, d, k, Math.exp(x[6]), Math.exp(x[7]), Math.exp(x[8]),
            Math.exp(x[9]), Math.exp(x[10]), Math.exp(x[11]), Math.exp(x[12]), x[13], x[14], x[15], x[16], x[17], x[18]);
    }

    static StockModel mono(double[] x) {
        return new StockModel.Mono(new double[] {x[0], x[1], 1 - x[0] - x[1]},
            new ToneCurve(Math.exp(x[2]), Math.exp(x[3]), Math.exp(x[4])), x[5], x[6]);
    }

    static String describe(StockModel m) {
        if (m instanceof StockModel.Mono mo) {
            return String.format(Locale.ROOT, "MONO weights %s curve %s black %.5f white %.5f", Arrays.toString(mo.weights()), mo.curve(), mo.black(), mo.white());
        }
        StockModel.Colour c = (StockModel.Colour) m;
        return "COLOUR m=" + Arrays.toString(c.sensitivity()) + " dyes=" + Arrays.toString(c.dyes()) + " " + c.chroma() + " curves=" + Arrays.toString(c.curves())
            + " black=" + Arrays.toString(c.black()) + " white=" + Arrays.toString(c.white());
    }

    static double[][] concat(double[][] a, double[][] b) {
        double[][] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Plain Nelder-Mead (reflection, expansion, contraction, shrink). */
    static final class NelderMead {
        static double[] minimise(ToDoubleFunction<double[]> f, double[] start, double step, int maxEvals) {
            int n = start.length;
            double[][] s = new double[n + 1][];
            double[] v = new double[n + 1];
            s[0] = start.clone();
            for (int i = 0; i < n; i++) { s[i + 1] = start.clone(); s[i + 1][i] += step; }
            for (int i = 0; i <= n; i++) v[i] = f.applyAsDouble(s[i]);
            int evals = n + 1;
            while (evals < maxEvals) {
                Integer[] idx = new Integer[n + 1];
                for (int i = 0; i <= n; i++) idx[i] = i;
                final double[] vv = v;
                Arrays.sort(idx, (a, b) -> Double.compare(vv[a], vv[b]));
                double[][] s2 = new double[n + 1][]; double[] v2 = new double[n + 1];
                for (int i = 0; i <= n; i++) { s2[i] = s[idx[i]]; v2[i] = v[idx[i]]; }
                s = s2; v = v2;
                if (v[n] - v[0] < 1e-7) break;
                double[] c = new double[n];
                for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) c[j] += s[i][j] / n;
                double[] xr = lerp(c, s[n], -1); double fr = f.applyAsDouble(xr); evals++;
                if (fr < v[0]) {
                    double[] xe = lerp(c, s[n], -2); double fe = f.applyAsDouble(xe); evals++;
                    if (fe < fr) { s[n] = xe; v[n] = fe; } else { s[n] = xr; v[n] = fr; }
                } else if (fr < v[n - 1]) {
                    s[n] = xr; v[n] = fr;
                } else {
                    double[] xc = fr < v[n] ? lerp(c, s[n], -0.5) : lerp(c, s[n], 0.5);
                    double fc = f.applyAsDouble(xc); evals++;
                    if (fc < Math.min(fr, v[n])) { s[n] = xc; v[n] = fc; }
                    else {
                        for (int i = 1; i <= n; i++) { s[i] = lerp(s[0], s[i], 0.5); v[i] = f.applyAsDouble(s[i]); evals++; }
                    }
                }
            }
            int bi = 0;
            for (int i = 1; i <= n; i++) if (v[i] < v[bi]) bi = i;
            return s[bi];
        }

        /** c + t * (p - c). */
        private static double[] lerp(double[] c, double[] p, double t) {
            double[] r = new double[c.length];
            for (int i = 0; i < c.length; i++) r[i] = c[i] + t * (p[i] - c[i]);
            return r;
        }
    }
}
