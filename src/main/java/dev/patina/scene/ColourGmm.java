package dev.patina.scene;

import java.util.Arrays;

/**
 * A Gaussian mixture over 3-channel colours with full covariances, the colour model of GrabCut
 * (Rother et al. 2004 use K = 5 per side). Fitted from hard component assignments, as GrabCut does
 * (assign each pixel its most likely component, then refit each component's weight, mean and
 * covariance), rather than by full EM: it converges in the few outer iterations GrabCut runs anyway.
 */
final class ColourGmm {
    static final int K = 5;
    /** Added to each covariance diagonal: a component over a flat colour would otherwise be singular. */
    private static final double RIDGE = 1e-4;

    private final int k;
    private final double[] weight, mean, inv, logNorm; // mean: 3 per component; inv: 9 per component

    ColourGmm(int k) {
        this.k = k;
        weight = new double[k];
        mean = new double[3 * k];
        inv = new double[9 * k];
        logNorm = new double[k];
    }

    int components() { return k; }

    /**
     * Initial component labels by k-means on the selected pixels (deterministic: farthest-point
     * seeding from the mean), returned per pixel (-1 where not selected).
     */
    static int[] kmeansLabels(float[][] c, boolean[] selected, boolean want, int k) {
        int n = c[0].length;
        int[] label = new int[n];
        Arrays.fill(label, -1);
        // Sample at most ~20k pixels for the centres; then label all.
        int count = 0;
        for (int i = 0; i < n; i++) if (selected[i] == want) count++;
        if (count == 0) return label;
        int step = Math.max(1, count / 20000);
        int[] sample = new int[(count + step - 1) / step];
        int s = 0, seen = 0;
        for (int i = 0; i < n; i++) {
            if (selected[i] != want) continue;
            if (seen++ % step == 0 && s < sample.length) sample[s++] = i;
        }
        double[][] centre = new double[k][3];
        double[] m = new double[3];
        for (int t = 0; t < s; t++) for (int ch = 0; ch < 3; ch++) m[ch] += c[ch][sample[t]] / (double) s;
        double[] d2 = new double[s];
        Arrays.fill(d2, Double.MAX_VALUE);
        double[] prev = m;
        for (int j = 0; j < k; j++) {
            int far = 0;
            double farD = -1;
            for (int t = 0; t < s; t++) {
                int i = sample[t];
                double d = sq(c[0][i] - prev[0]) + sq(c[1][i] - prev[1]) + sq(c[2][i] - prev[2]);
                if (j == 0) d2[t] = d; else d2[t] = Math.min(d2[t], d);
                if (d2[t] > farD) { farD = d2[t]; far = t; }
            }
            for (int ch = 0; ch < 3; ch++) centre[j][ch] = c[ch][sample[far]];
            prev = centre[j];
        }
        int[] sl = new int[s];
        for (int iter = 0; iter < 6; iter++) {
            double[][] sum = new double[k][3];
            int[] cnt = new int[k];
            for (int t = 0; t < s; t++) {
                int i = sample[t];
                int best = nearest(centre, c[0][i], c[1][i], c[2][i]);
                sl[t] = best;
                cnt[best]++;
                for (int ch = 0; ch < 3; ch++) sum[best][ch] += c[ch][i];
            }
            for (int j = 0; j < k; j++) if (cnt[j] > 0) for (int ch = 0; ch < 3; ch++) centre[j][ch] = sum[j][ch] / cnt[j];
        }
        for (int i = 0; i < n; i++) if (selected[i] == want) label[i] = nearest(centre, c[0][i], c[1][i], c[2][i]);
        return label;
    }

    private static int nearest(double[][] centre, float r, float g, float b) {
        int best = 0;
        double bd = Double.MAX_VALUE;
        for (int j = 0; j < centre.length; j++) {
            double d = sq(r - centre[j][0]) + sq(g - centre[j][1]) + sq(b - centre[j][2]);
            if (d < bd) { bd = d; best = j; }
        }
        return best;
    }

    /** Refits every component from the pixels labelled with it (label -1 = not this model's). */
    void fit(float[][] c, int[] label) {
        double[] n = new double[k], s = new double[3 * k], ss = new double[9 * k];
        for (int i = 0; i < label.length; i++) {
            int j = label[i];
            if (j < 0) continue;
            double r = c[0][i], g = c[1][i], b = c[2][i];
            n[j]++;
            s[3 * j] += r; s[3 * j + 1] += g; s[3 * j + 2] += b;
            int o = 9 * j;
            ss[o] += r * r; ss[o + 1] += r * g; ss[o + 2] += r * b;
            ss[o + 4] += g * g; ss[o + 5] += g * b; ss[o + 8] += b * b;
        }
        double total = 0;
        for (double v : n) total += v;
        for (int j = 0; j < k; j++) {
            if (n[j] < 1) { weight[j] = 0; continue; }
            weight[j] = n[j] / total;
            double mr = s[3 * j] / n[j], mg = s[3 * j + 1] / n[j], mb = s[3 * j + 2] / n[j];
            mean[3 * j] = mr; mean[3 * j + 1] = mg; mean[3 * j + 2] = mb;
            int o = 9 * j;
            double a = ss[o] / n[j] - mr * mr + RIDGE, bb = ss[o + 1] / n[j] - mr * mg, cc = ss[o + 2] / n[j] - mr * mb;
            double d = ss[o + 4] / n[j] - mg * mg + RIDGE, e = ss[o + 5] / n[j] - mg * mb, f = ss[o + 8] / n[j] - mb * mb + RIDGE;
            // Inverse of the symmetric [[a b c][b d e][c e f]] by cofactors.
            double A = d * f - e * e, B = -(bb * f - cc * e), C = bb * e - cc * d;
            double det = a * A + bb * B + cc * C;
            if (!(det > 1e-18)) { det = 1e-18; }
            double D = a * f - cc * cc, E = -(a * e - bb * cc), F = a * d - bb * bb;
            inv[o] = A / det; inv[o + 1] = B / det; inv[o + 2] = C / det;
            inv[o + 3] = B / det; inv[o + 4] = D / det; inv[o + 5] = E / det;
            inv[o + 6] = C / det; inv[o + 7] = E / det; inv[o + 8] = F / det;
            logNorm[j] = Math.log(weight[j]) - 0.5 * Math.log(det) - 1.5 * Math.log(2 * Math.PI);
        }
    }

    /** log of component j's weighted density at colour (r,g,b). */
    double logComponent(int j, float r, float g, float b) {
        if (weight[j] <= 0) return Double.NEGATIVE_INFINITY;
        double dr = r - mean[3 * j], dg = g - mean[3 * j + 1], db = b - mean[3 * j + 2];
        int o = 9 * j;
        double q = dr * (inv[o] * dr + inv[o + 1] * dg + inv[o + 2] * db)
            + dg * (inv[o + 3] * dr + inv[o + 4] * dg + inv[o + 5] * db)
            + db * (inv[o + 6] * dr + inv[o + 7] * dg + inv[o + 8] * db);
        return logNorm[j] - 0.5 * q;
    }

    /** The most likely component for a colour. */
    int assign(float r, float g, float b) {
        int best = 0;
        double bl = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            double l = logComponent(j, r, g, b);
            if (l > bl) { bl = l; best = j; }
        }
        return best;
    }

    /** -log of the mixture density at a colour (the GrabCut data cost of this label). */
    double cost(float r, float g, float b) {
        // Log-sum-exp over the components, each quadratic form evaluated once.
        double[] l = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) { l[j] = logComponent(j, r, g, b); if (l[j] > max) max = l[j]; }
        if (max == Double.NEGATIVE_INFINITY) return 50;
        double sum = 0;
        for (int j = 0; j < k; j++) sum += Math.exp(l[j] - max);
        return -(max + Math.log(sum));
    }

    private static double sq(double v) { return v * v; }
}
