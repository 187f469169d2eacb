package dev.patina.ops.depth;

import dev.patina.image.BoxMean;
import dev.patina.image.Resample;

/**
 * The guided filter (He, Sun and Tang 2010) with a grey guide: p is locally modelled as a·I + b
 * over each window, so where the guide has an edge the output steps with it and elsewhere it is a
 * smooth local mean. Used to put upsampled depth edges on the image's object edges, and as the
 * large edge-aware blur that splits an image into light and detail.
 */
public final class GuidedFilter {
    private GuidedFilter() {}

    /** Filters p with guide i (both w x h), window radius r, regularisation eps (in guide units²). */
    public static float[] filter(float[] i, float[] p, int w, int h, int r, float eps) {
        float[][] ab = coefficients(i, p, w, h, r, eps);
        float[] q = ab[0];
        for (int k = 0; k < q.length; k++) q[k] = q[k] * i[k] + ab[1][k];
        return q;
    }

    /**
     * The fast guided filter (He and Sun 2015): the linear coefficients a, b are smooth, so they are
     * computed on a copy reduced by s (window radius r/s) and enlarged bilinearly, and only
     * q = a·I + b runs at full size. The full-size work and memory drop from a dozen planes to
     * three; He and Sun measure no visible loss for s up to r/4. s = 1 is the exact filter.
     */
    public static float[] filterFast(float[] i, float[] p, int w, int h, int r, float eps, int s) {
        if (s <= 1 || w / s < 2 || h / s < 2) return filter(i, p, w, h, r, eps);
        int lw = Math.max(2, Math.round(w / (float) s)), lh = Math.max(2, Math.round(h / (float) s));
        float[] il = Resample.plane(i, w, h, lw, lh, Resample.Filter.TENT), pl = Resample.plane(p, w, h, lw, lh, Resample.Filter.TENT);
        int rl = Math.max(1, Math.round(r / (float) s));
        float[][] ab = coefficients(il, pl, lw, lh, rl, eps);
        float[] a = Resample.plane(ab[0], lw, lh, w, h, Resample.Filter.TENT);
        float[] b = Resample.plane(ab[1], lw, lh, w, h, Resample.Filter.TENT);
        for (int k = 0; k < a.length; k++) a[k] = a[k] * i[k] + b[k];
        return a;
    }

    /** Window means of the coefficients a, b of p ≈ a·I + b (the filter's output is mean(a)·I + mean(b)). */
    private static float[][] coefficients(float[] i, float[] p, int w, int h, int r, float eps) {
        int n = w * h;
        float[] ip = new float[n], ii = new float[n];
        for (int k = 0; k < n; k++) {
            ip[k] = i[k] * p[k];
            ii[k] = i[k] * i[k];
        }
        float[] mi = BoxMean.whole(i, w, h, r), mp = BoxMean.whole(p, w, h, r);
        float[] mip = BoxMean.whole(ip, w, h, r), mii = BoxMean.whole(ii, w, h, r);
        float[] a = ip, b = ii; // reuse
        for (int k = 0; k < n; k++) {
            float var = Math.max(0f, mii[k] - mi[k] * mi[k]);
            float cov = mip[k] - mi[k] * mp[k];
            a[k] = cov / (var + eps);
            b[k] = mp[k] - a[k] * mi[k];
        }
        return new float[][] {BoxMean.whole(a, w, h, r), BoxMean.whole(b, w, h, r)};
    }

    /**
     * The guide for an image: sRGB-encoded luminance in 0..1. Encoded, so that eps means the same
     * visible contrast in shadows and highlights.
     */
    public static float[] lumaGuide(dev.patina.image.FloatImage img) {
        float[] r = img.plane(0), g = img.plane(1), b = img.plane(2);
        float[] out = new float[r.length];
        for (int k = 0; k < out.length; k++) out[k] = dev.patina.image.Srgb.encode(dev.patina.image.Srgb.luminance(r[k], g[k], b[k]));
        return out;
    }
}
