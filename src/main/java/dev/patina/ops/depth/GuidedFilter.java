package dev.patina.ops.depth;

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
        int n = w * h;
        float[] ip = new float[n], ii = new float[n];
        for (int k = 0; k < n; k++) {
            ip[k] = i[k] * p[k];
            ii[k] = i[k] * i[k];
        }
        float[] mi = BoxMean.of(i, w, h, r), mp = BoxMean.of(p, w, h, r);
        float[] mip = BoxMean.of(ip, w, h, r), mii = BoxMean.of(ii, w, h, r);
        float[] a = ip, b = ii; // reuse
        for (int k = 0; k < n; k++) {
            float var = Math.max(0f, mii[k] - mi[k] * mi[k]);
            float cov = mip[k] - mi[k] * mp[k];
            a[k] = cov / (var + eps);
            b[k] = mp[k] - a[k] * mi[k];
        }
        float[] ma = BoxMean.of(a, w, h, r), mb = BoxMean.of(b, w, h, r);
        float[] q = new float[n];
        for (int k = 0; k < n; k++) q[k] = ma[k] * i[k] + mb[k];
        return q;
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
