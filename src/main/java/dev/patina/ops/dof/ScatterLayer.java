package dev.patina.ops.dof;

import java.util.Arrays;

/**
 * One layer's accumulation, RGBA interleaved (the four values of a span end share a cache
 * line): difference rows while scattering, then values after integrate(). Row ranges are
 * independent, so bands of rows can be worked on by different threads.
 */
final class ScatterLayer {
    final int w, h, stride;
    final float[] d;

    ScatterLayer(int w, int h) {
        this.w = w;
        this.h = h;
        this.stride = 4 * (w + 2);
        this.d = new float[stride * h];
    }

    void clear(int r0, int r1) {
        Arrays.fill(d, r0 * stride, r1 * stride, 0f);
    }

    void add(int x, int y, Aperture.Table t, float m, float r, float g, float b, int r0, int r1) {
        float a = m * t.norm;
        float vr = r * a, vg = g * a, vb = b * a;
        int rows = t.radiusRows;
        int y0 = Math.max(r0, y - rows), y1 = Math.min(r1 - 1, y + rows);
        float[] dd = d;
        boolean inside = x + t.minOffset >= 0 && x + t.maxOffset + 1 <= w + 1;
        for (int yy = y0; yy <= y1; yy++) {
            int row = yy * stride, i = yy - y + rows;
            int i0 = x + t.first[i], i1 = x + t.last[i];
            float wf = t.wFirst[i], wl = t.wLast[i], k = t.rowWeight[i];
            // Coverage of pixel i0 is wf, of i0+1..i1-1 is 1, of i1 is wl (also right when i1 = i0).
            float c0 = k * wf, c1 = k * (1 - wf), c2 = k * (wl - 1), c3 = -k * wl;
            int p0, p1, p2, p3;
            if (inside) {
                p0 = row + 4 * i0; p1 = p0 + 4; p2 = row + 4 * i1; p3 = p2 + 4;
            } else {
                // Changes left of the image still start the run at pixel 0; right of it they are dropped.
                p0 = row + 4 * clamp(i0); p1 = row + 4 * clamp(i0 + 1); p2 = row + 4 * clamp(i1); p3 = row + 4 * clamp(i1 + 1);
            }
            dd[p0] += vr * c0; dd[p0 + 1] += vg * c0; dd[p0 + 2] += vb * c0; dd[p0 + 3] += a * c0;
            dd[p1] += vr * c1; dd[p1 + 1] += vg * c1; dd[p1 + 2] += vb * c1; dd[p1 + 3] += a * c1;
            dd[p2] += vr * c2; dd[p2 + 1] += vg * c2; dd[p2 + 2] += vb * c2; dd[p2 + 3] += a * c2;
            dd[p3] += vr * c3; dd[p3 + 1] += vg * c3; dd[p3 + 2] += vb * c3; dd[p3 + 3] += a * c3;
        }
    }

    private int clamp(int i) { return Math.min(w + 1, Math.max(0, i)); }

    /** Running sums turn each difference row into values, in place. */
    void integrate(int r0, int r1) {
        for (int y = r0; y < r1; y++) {
            int p = y * stride;
            float sr = 0, sg = 0, sb = 0, sa = 0;
            for (int x = 0; x < w; x++, p += 4) {
                sr += d[p]; sg += d[p + 1]; sb += d[p + 2]; sa += d[p + 3];
                d[p] = sr; d[p + 1] = sg; d[p + 2] = sb; d[p + 3] = sa;
            }
        }
    }

    /** acc = layer + (1 − layer coverage) · acc, over rows r0..r1 of an image the same size. */
    void over(float[][] acc, int r0, int r1) {
        float[] ar = acc[0], ag = acc[1], ab = acc[2], aa = acc[3];
        for (int y = r0; y < r1; y++) {
            int p = y * stride, o = y * w;
            for (int x = 0; x < w; x++, p += 4, o++) {
                float keep = 1 - d[p + 3];
                ar[o] = d[p] + keep * ar[o];
                ag[o] = d[p + 1] + keep * ag[o];
                ab[o] = d[p + 2] + keep * ab[o];
                aa[o] = d[p + 3] + keep * aa[o];
            }
        }
    }

    void addTo(float[][] acc, int r0, int r1) {
        float[] ar = acc[0], ag = acc[1], ab = acc[2], aa = acc[3];
        for (int y = r0; y < r1; y++) {
            int p = y * stride, o = y * w;
            for (int x = 0; x < w; x++, p += 4, o++) {
                ar[o] += d[p]; ag[o] += d[p + 1]; ab[o] += d[p + 2]; aa[o] += d[p + 3];
            }
        }
    }

    /**
     * Like {@link #over} and {@link #addTo}, for a layer drawn at 1/f of the size of acc (fullW
     * wide): each full-size pixel takes the bilinear sample of this layer at its centre.
     */
    void compositeUpsampled(float[][] acc, int f, int fullW, int r0, int r1, boolean over) {
        float[] ar = acc[0], ag = acc[1], ab = acc[2], aa = acc[3];
        float[] px = new float[4];
        for (int y = r0; y < r1; y++) {
            double sy = Math.min(h - 1, Math.max(0, (y + 0.5) / f - 0.5));
            int y0 = (int) sy, y1 = Math.min(h - 1, y0 + 1);
            float ty = (float) (sy - y0);
            for (int x = 0, o = y * fullW; x < fullW; x++, o++) {
                double sx = Math.min(w - 1, Math.max(0, (x + 0.5) / f - 0.5));
                int x0 = (int) sx, x1 = Math.min(w - 1, x0 + 1);
                float tx = (float) (sx - x0);
                int p00 = y0 * stride + 4 * x0, p01 = y0 * stride + 4 * x1, p10 = y1 * stride + 4 * x0, p11 = y1 * stride + 4 * x1;
                for (int c = 0; c < 4; c++) {
                    float top = d[p00 + c] + (d[p01 + c] - d[p00 + c]) * tx;
                    float bot = d[p10 + c] + (d[p11 + c] - d[p10 + c]) * tx;
                    px[c] = top + (bot - top) * ty;
                }
                if (over) {
                    float keep = 1 - px[3];
                    ar[o] = px[0] + keep * ar[o];
                    ag[o] = px[1] + keep * ag[o];
                    ab[o] = px[2] + keep * ab[o];
                    aa[o] = px[3] + keep * aa[o];
                } else {
                    ar[o] += px[0]; ag[o] += px[1]; ab[o] += px[2]; aa[o] += px[3];
                }
            }
        }
    }
}
