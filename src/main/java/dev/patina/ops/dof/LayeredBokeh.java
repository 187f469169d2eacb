package dev.patina.ops.dof;

import dev.patina.image.FloatImage;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Defocus by scattering every pixel as an aperture-shaped disc of its own circle of confusion, in
 * depth layers composited back to front, in linear light.
 *
 * <p>Pixels are sorted into layers by signed CoC (|c| ≤ 1 px is the in-focus layer, then layers
 * at ±1.5, ±2.25, … px, each pixel in the nearest in log scale). Each layer scatters premultiplied
 * colour and coverage with exact per-pixel discs ({@link Aperture}), so disc sizes follow the
 * thin-lens formula to a fraction of a pixel whatever the layer spacing, and a surface crossing
 * from one layer to the next shows no step in blur. (Sharing pixels linearly between two layers
 * was tried: it doubled the cost, and the normalisation below already hides the layer seams.)
 *
 * <ul>
 * <li>Layers behind and at the focal plane are composited "over", farthest first, and the result
 * is divided by its accumulated coverage. Over keeps a nearer background object in front of a
 * farther one; the division fills the holes that in-front objects leave in the background with the
 * surrounding blurred background, so the background neither darkens nor picks up the subject's
 * colour at a depth edge. In-focus pixels have coverage exactly 1 and come out unchanged: a sharp
 * subject stays sharp over a blurred background.
 * <li>Layers in front of the focal plane are summed (colour and coverage), then laid over the
 * background with their summed coverage: a blurred foreground spreads over whatever is behind it.
 * Summing rather than layering them makes a foreground surface split over several layers add up
 * to full coverage without seams; two out-of-focus foreground objects overlapping each other are
 * mixed rather than ordered, a deliberate trade.
 * </ul>
 * Every pixel spreads exactly its own energy, so highlights bloom into discs of the same total
 * light; nothing is clipped.
 */
final class LayeredBokeh {
    /** Ratio between successive layer knots: layers are finer where CoCs are small and edges matter most. */
    static final float KNOT_RATIO = 1.5f;

    private LayeredBokeh() {}

    /** Blurs img (whole, at 0,0) by per-pixel signed CoC diameters (px) into a new image. */
    static FloatImage render(FloatImage img, float[] coc, Aperture aperture, BooleanSupplier cancelled) {
        int w = img.width(), h = img.height(), n = w * h;
        float maxAbs = 0;
        for (float c : coc) maxAbs = Math.max(maxAbs, Math.abs(c));
        float[] knots = knots(maxAbs);
        int nk = knots.length; // layers 0..nk-1 from most negative to most positive knot
        int zero = (nk - 1) / 2;
        // Each pixel belongs to the layer nearest its CoC (in log scale, where the knots are even).
        int[] lower = new int[n];
        int[] count = new int[nk];
        double logRatio = Math.log(KNOT_RATIO);
        for (int i = 0; i < n; i++) {
            float c = coc[i];
            int k = zero;
            if (Math.abs(c) > 1) {
                int j = (int) Math.max(1, Math.min(zero, Math.round(Math.log(Math.abs(c)) / logRatio)));
                k = c > 0 ? zero + j : zero - j;
            }
            lower[i] = k;
            count[k]++;
        }
        // Pixels grouped by layer (a stable counting sort: row-major within a layer), so a layer visits only its own.
        int[] start = new int[nk + 1];
        for (int k = 0; k < nk; k++) start[k + 1] = start[k] + count[k];
        int[] order = new int[n];
        int[] fill = Arrays.copyOf(start, nk);
        for (int i = 0; i < n; i++) order[fill[lower[i]]++] = i;

        float[][] back = new float[4][n];   // r, g, b premultiplied, coverage
        float[][] front = new float[4][n];
        float[][] src = img.planes();
        Scatter layer = new Scatter(w, h);
        // Rows are split into bands done in parallel; each band draws only into its own rows, from
        // the same pixels in the same order, so the sums do not depend on the split.
        int bands = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), h / 16));
        Aperture[] apertures = new Aperture[bands];
        for (int b = 0; b < bands; b++) apertures[b] = aperture.copy();
        for (int k = nk - 1; k >= 0; k--) {
            if (count[k] == 0) continue;
            final int kk = k;
            java.util.stream.IntStream.range(0, bands).parallel().forEach(b -> {
                int r0 = b * h / bands, r1 = (b + 1) * h / bands;
                layer.clear(r0, r1);
                scatterRange(layer, order, start[kk], start[kk + 1], coc, src, apertures[b], w, r0, r1, cancelled);
                layer.integrate(r0, r1);
                if (kk >= zero) layer.over(back, r0, r1);
                else layer.addTo(front, r0, r1);
            });
        }
        FloatImage out = new FloatImage(img.bounds());
        normalise(back, w, h, src);
        for (int c = 0; c < 3; c++) {
            float[] o = out.plane(c), b = back[c], f = front[c], fa = front[3];
            for (int i = 0; i < n; i++) {
                float a = fa[i];
                float fc = f[i];
                if (a > 1) { fc /= a; a = 1; }
                o[i] = fc + (1 - a) * b[i];
            }
        }
        return out;
    }

    /**
     * Layer positions in px: index m is the in-focus layer (|c| ≤ 1), m ± j sit at ±1.5^j, with
     * enough of them that the outermost reaches the largest |CoC|.
     */
    static float[] knots(float maxAbs) {
        int m = 1;
        for (double k = KNOT_RATIO; k < maxAbs; k *= KNOT_RATIO) m++;
        m++;
        float[] out = new float[2 * m + 1];
        double k = 1;
        for (int j = 1; j <= m; j++) {
            k *= KNOT_RATIO;
            out[m + j] = (float) k;
            out[m - j] = (float) -k;
        }
        return out;
    }

    private static void scatterRange(Scatter layer, int[] order, int from, int to, float[] coc, float[][] src,
                                     Aperture aperture, int w, int r0, int r1, BooleanSupplier cancelled) {
        for (int j = from; j < to; j++) {
            if (((j - from) & 0xffff) == 0 && cancelled.getAsBoolean()) throw new CancellationException("render cancelled");
            int i = order[j];
            int y = i / w;
            Aperture.Table t = aperture.table(coc[i]);
            if (y + t.radiusRows < r0 || y - t.radiusRows >= r1) continue;
            layer.add(i - y * w, y, t, 1f, src[0][i], src[1][i], src[2][i], r0, r1);
        }
    }

    /**
     * Divides the over-composited background by its coverage; where nothing reached (a hole wider
     * than the blur, always under an in-front object) the pixel keeps its own colour.
     */
    private static void normalise(float[][] back, int w, int h, float[][] src) {
        float[] a = back[3];
        for (int i = 0; i < a.length; i++) {
            if (a[i] > 1e-6f) {
                float inv = 1 / a[i];
                for (int c = 0; c < 3; c++) back[c][i] *= inv;
            } else {
                for (int c = 0; c < 3; c++) back[c][i] = src[c][i];
            }
        }
    }

    /**
     * One layer's accumulation, RGBA interleaved (the four values of a span end share a cache
     * line): difference rows while scattering, then values after integrate(). Row ranges are
     * independent, so bands of rows can be worked on by different threads.
     */
    private static final class Scatter {
        final int w, h, stride;
        final float[] d;

        Scatter(int w, int h) {
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

        /** acc = layer + (1 − layer coverage) · acc. */
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
    }
}
