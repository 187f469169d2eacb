package dev.patina.ops.relight;

/** Mean SSIM (Wang et al. 2004: 11×11 Gaussian windows, σ 1.5, K1 0.01, K2 0.03, dynamic range 1) over masked pixels. */
final class Ssim {
    private Ssim() {}

    static double mean(float[] a, float[] b, int w, int h, boolean[] mask) {
        double[] g = new double[11];
        double gs = 0;
        for (int i = 0; i < 11; i++) { g[i] = Math.exp(-((i - 5) * (i - 5)) / (2 * 1.5 * 1.5)); gs += g[i]; }
        for (int i = 0; i < 11; i++) g[i] /= gs;
        double c1 = 1e-4, c2 = 9e-4, sum = 0;
        int n = 0;
        for (int y = 5; y < h - 5; y++) for (int x = 5; x < w - 5; x++) {
            if (!mask[y * w + x]) continue;
            double ma = 0, mb = 0, aa = 0, bb = 0, ab = 0;
            for (int dy = -5; dy <= 5; dy++) for (int dx = -5; dx <= 5; dx++) {
                double wt = g[dy + 5] * g[dx + 5];
                double va = a[(y + dy) * w + x + dx], vb = b[(y + dy) * w + x + dx];
                ma += wt * va; mb += wt * vb; aa += wt * va * va; bb += wt * vb * vb; ab += wt * va * vb;
            }
            double va = aa - ma * ma, vb = bb - mb * mb, cov = ab - ma * mb;
            sum += (2 * ma * mb + c1) * (2 * cov + c2) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
            n++;
        }
        return sum / n;
    }
}
