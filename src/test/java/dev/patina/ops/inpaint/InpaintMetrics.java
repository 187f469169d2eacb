package dev.patina.ops.inpaint;

import dev.patina.image.DistanceTransform;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;

import java.util.Arrays;

/**
 * The quality measures of issue 9, on sRGB-encoded luminance in 8-bit units (what the eye and the
 * exported file see). src/bench/inpaint_metrics.py computes the same for the side-by-side bench.
 *
 * <ul>
 *   <li>hfRatio: high-frequency energy (variance of the picture minus its Gaussian blur, sigma 1.5
 *       px) over the hole's inside (more than 2 px from its border), divided by the same over the
 *       ring 3..16 px outside it. 1 = texture like the surroundings; low = blurry; high = noise.</li>
 *   <li>lfError: RMS difference, over the hole, of fill and truth both blurred with sigma = 1/8 of
 *       the hole's size (its inscribed diameter).</li>
 *   <li>seamRatio: median absolute step between 4-neighbours across the hole's border, divided by
 *       the median step between 4-neighbours inside the hole.</li>
 * </ul>
 */
final class InpaintMetrics {
    private InpaintMetrics() {}

    record Scores(double hfRatio, double lfError, double seamRatio) {}

    static float[] luma8(FloatImage img) {
        float[] out = new float[img.width() * img.height()];
        for (int i = 0; i < out.length; i++) {
            out[i] = 255f * (0.299f * Srgb.encode(img.plane(0)[i]) + 0.587f * Srgb.encode(img.plane(1)[i])
                + 0.114f * Srgb.encode(img.plane(2)[i]));
        }
        return out;
    }

    static Scores score(FloatImage result, FloatImage truth, float[] holeMask) {
        int w = result.width(), h = result.height();
        boolean[] hole = new boolean[w * h];
        for (int i = 0; i < hole.length; i++) hole[i] = holeMask[i] > 0.5f;
        boolean[] outside = new boolean[w * h];
        for (int i = 0; i < hole.length; i++) outside[i] = !hole[i];
        float[] in = DistanceTransform.inside(hole, w, h, false), out = DistanceTransform.inside(outside, w, h, false);
        float[] y = luma8(result), t = luma8(truth);

        float[] hp = highPass(y, w, h, 1.5);
        double eIn = 0, eRing = 0;
        int nIn = 0, nRing = 0;
        for (int i = 0; i < hole.length; i++) {
            if (hole[i] && in[i] > 2) { eIn += hp[i] * hp[i]; nIn++; }
            if (!hole[i] && out[i] >= 3 && out[i] <= 16) { eRing += hp[i] * hp[i]; nRing++; }
        }
        if (nIn == 0) { // a thin hole: use all of it
            for (int i = 0; i < hole.length; i++) if (hole[i]) { eIn += hp[i] * hp[i]; nIn++; }
        }
        double hf = (eIn / Math.max(1, nIn)) / Math.max(1e-9, eRing / Math.max(1, nRing));

        double sigma = Math.max(0.5, 2 * DistanceTransform.max(in) / 8.0);
        float[] by = blur(y, w, h, sigma), bt = blur(t, w, h, sigma);
        double se = 0;
        int n = 0;
        for (int i = 0; i < hole.length; i++) if (hole[i]) { double d = by[i] - bt[i]; se += d * d; n++; }
        double lf = Math.sqrt(se / Math.max(1, n));

        float[] cross = new float[4 * w * h], inner = new float[4 * w * h];
        int nc = 0, ni = 0;
        for (int yy = 0; yy < h; yy++) for (int xx = 0; xx < w; xx++) {
            int i = yy * w + xx;
            int[] nb = {xx + 1 < w ? i + 1 : -1, yy + 1 < h ? i + w : -1};
            for (int j : nb) {
                if (j < 0) continue;
                float d = Math.abs(y[i] - y[j]);
                if (hole[i] != hole[j]) cross[nc++] = d;
                else if (hole[i]) inner[ni++] = d;
            }
        }
        double seam = median(cross, nc) / Math.max(0.25, median(inner, ni));
        return new Scores(hf, lf, seam);
    }

    static double median(float[] v, int n) {
        if (n == 0) return 0;
        float[] c = Arrays.copyOf(v, n);
        Arrays.sort(c);
        return n % 2 == 1 ? c[n / 2] : 0.5 * (c[n / 2 - 1] + c[n / 2]);
    }

    static float[] highPass(float[] v, int w, int h, double sigma) {
        float[] b = blur(v, w, h, sigma);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] - b[i];
        return out;
    }

    /** Separable Gaussian, edges clamped. */
    static float[] blur(float[] v, int w, int h, double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        float[] k = new float[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) { k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma)); sum += k[i + r]; }
        for (int i = 0; i < k.length; i++) k[i] /= (float) sum;
        float[] tmp = new float[v.length], out = new float[v.length];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            float s = 0;
            for (int i = -r; i <= r; i++) s += k[i + r] * v[y * w + Math.min(w - 1, Math.max(0, x + i))];
            tmp[y * w + x] = s;
        }
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            float s = 0;
            for (int i = -r; i <= r; i++) s += k[i + r] * tmp[Math.min(h - 1, Math.max(0, y + i)) * w + x];
            out[y * w + x] = s;
        }
        return out;
    }

    /** Largest change outside the hole, in 8-bit sRGB levels. */
    static int maxChangeOutside(FloatImage a, FloatImage b, float[] holeMask) {
        int worst = 0;
        for (int c = 0; c < 3; c++) for (int i = 0; i < holeMask.length; i++) {
            if (holeMask[i] > 0.5f) continue;
            int va = Math.round(Srgb.encode(a.plane(c)[i]) * 255), vb = Math.round(Srgb.encode(b.plane(c)[i]) * 255);
            worst = Math.max(worst, Math.abs(va - vb));
        }
        return worst;
    }
}
