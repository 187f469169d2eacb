package dev.patina.ops.skin;

import dev.patina.image.FloatImage;

import java.util.Random;

/** Synthetic skin for the retouch tests, built in CIELAB, and the band measures the tests use. */
final class SkinImages {
    private SkinImages() {}

    /** A light skin tone (L*, a*, b*), inside the core of the skin model. */
    static final float[] SKIN = {68f, 14f, 18f};

    /**
     * Skin: the base tone plus low-frequency blotches (σ 12 px noise: lightness std 2.5 L*, redness
     * std 3 a*) plus pores (σ 0.7 px noise, std {@code pores} L*).
     */
    static FloatImage skin(int w, int h, long seed, float pores) {
        return skin(w, h, seed, pores, 12);
    }

    /** Skin as {@link #skin(int, int, long, float)} with blotches of the given σ in px. */
    static FloatImage skin(int w, int h, long seed, float pores, double blotchSigma) {
        Random rnd = new Random(seed);
        float[] blotchL = normalised(gaussianBlur(noise(w, h, rnd), w, h, blotchSigma), 2.5f);
        float[] blotchA = normalised(gaussianBlur(noise(w, h, rnd), w, h, blotchSigma), 3f);
        float[] pore = normalised(gaussianBlur(noise(w, h, rnd), w, h, 0.7), pores);
        float[] l = new float[w * h], a = new float[w * h], b = new float[w * h];
        for (int i = 0; i < l.length; i++) {
            l[i] = SKIN[0] + blotchL[i] + pore[i];
            a[i] = SKIN[1] + blotchA[i];
            b[i] = SKIN[2];
        }
        return fromLab(w, h, l, a, b);
    }

    static FloatImage fromLab(int w, int h, float[] l, float[] a, float[] b) {
        FloatImage img = new FloatImage(w, h);
        float[] rgb = new float[3];
        for (int i = 0; i < l.length; i++) {
            CieLab.toLinear(l[i], a[i], b[i], rgb);
            img.plane(0)[i] = rgb[0];
            img.plane(1)[i] = rgb[1];
            img.plane(2)[i] = rgb[2];
        }
        return img;
    }

    static float[] lightness(FloatImage img) {
        float[] out = new float[img.plane(0).length], lab = new float[3];
        for (int i = 0; i < out.length; i++) {
            CieLab.fromLinear(img.plane(0)[i], img.plane(1)[i], img.plane(2)[i], lab);
            out[i] = lab[0];
        }
        return out;
    }

    static float[] noise(int w, int h, Random rnd) {
        float[] n = new float[w * h];
        for (int i = 0; i < n.length; i++) n[i] = (float) rnd.nextGaussian();
        return n;
    }

    static float[] normalised(float[] v, float std) {
        double s = 0, s2 = 0;
        for (float x : v) { s += x; s2 += x * x; }
        double m = s / v.length, sd = Math.sqrt(s2 / v.length - m * m);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) ((v[i] - m) / sd * std);
        return out;
    }

    /** Separable Gaussian blur with clamped edges (test-side reference, no tiling concerns). */
    static float[] gaussianBlur(float[] v, int w, int h, double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        float[] k = new float[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) sum += k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
        for (int i = 0; i < k.length; i++) k[i] /= sum;
        float[] tmp = new float[w * h], out = new float[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            float s = 0;
            for (int t = -r; t <= r; t++) s += k[t + r] * v[y * w + Math.min(w - 1, Math.max(0, x + t))];
            tmp[y * w + x] = s;
        }
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            float s = 0;
            for (int t = -r; t <= r; t++) s += k[t + r] * tmp[Math.min(h - 1, Math.max(0, y + t)) * w + x];
            out[y * w + x] = s;
        }
        return out;
    }

    /** Variance of the difference-of-Gaussians band (σ lo minus σ hi) away from the edges. */
    static double bandVariance(float[] v, int w, int h, double lo, double hi) {
        float[] a = gaussianBlur(v, w, h, lo), b = gaussianBlur(v, w, h, hi);
        int margin = (int) Math.ceil(3 * hi);
        double s = 0, s2 = 0;
        int n = 0;
        for (int y = margin; y < h - margin; y++) for (int x = margin; x < w - margin; x++) {
            double d = a[y * w + x] - b[y * w + x];
            s += d; s2 += d * d; n++;
        }
        double m = s / n;
        return s2 / n - m * m;
    }
}
