package dev.patina.ops.dof;

import dev.patina.image.FloatImage;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Defocus by scattering every pixel as an aperture-shaped disc of its own circle of confusion, in
 * depth layers composited back to front, in linear light.
 *
 * <p>Pixels are sorted into layers by signed CoC (knots at ±1, ±1.5, ±2.25 … px; each pixel is
 * shared linearly between its two nearest layers so no seam appears where a surface crosses a
 * knot). Each layer scatters premultiplied colour and coverage with exact per-pixel discs
 * ({@link Aperture}), so disc sizes follow the thin-lens formula to a fraction of a pixel whatever
 * the layer spacing.
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
        // Each pixel lies between layer lower[i] and lower[i]+1 with weight frac[i] on the upper one.
        int[] lower = new int[n];
        float[] frac = new float[n];
        int[] count = new int[nk];
        for (int i = 0; i < n; i++) {
            float c = coc[i];
            int k = zero;
            float t = 0;
            if (c > 1) {
                while (k + 1 < nk - 1 && knots[k + 1] < c) k++;
                float lo = k == zero ? 1f : knots[k];
                t = Math.min(1f, (c - lo) / (knots[k + 1] - lo));
            } else if (c < -1) {
                k = zero - 1;
                while (k > 0 && knots[k] > c) k--;
                float hi = k + 1 == zero ? -1f : knots[k + 1];
                t = Math.min(1f, Math.max(0f, (c - knots[k]) / (hi - knots[k])));
            }
            lower[i] = k;
            frac[i] = t;
            count[k]++;
        }
        // Pixels grouped by their lower layer (counting sort), so a layer visits only its own.
        int[] start = new int[nk + 1];
        for (int k = 0; k < nk; k++) start[k + 1] = start[k] + count[k];
        int[] order = new int[n];
        int[] fill = Arrays.copyOf(start, nk);
        for (int i = 0; i < n; i++) order[fill[lower[i]]++] = i;

        Scatter layer = new Scatter(w, h);
        float[][] back = new float[4][n];   // r, g, b premultiplied, coverage
        float[][] front = new float[4][n];
        float[][] src = img.planes();
        for (int k = nk - 1; k >= 0; k--) {
            layer.clear();
            // Pixels whose lower layer is k (weight 1 − frac) and those whose lower layer is k−1 (frac).
            scatterRange(layer, order, start[k], start[k + 1], lower, frac, k, coc, src, aperture, w, cancelled);
            if (k > 0) scatterRange(layer, order, start[k - 1], start[k], lower, frac, k, coc, src, aperture, w, cancelled);
            if (layer.isEmpty()) continue;
            layer.integrate();
            if (k >= zero) layer.over(back);
            else layer.addTo(front);
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

    private static void scatterRange(Scatter layer, int[] order, int from, int to, int[] lower, float[] frac, int k,
                                     float[] coc, float[][] src, Aperture aperture, int w, BooleanSupplier cancelled) {
        for (int j = from; j < to; j++) {
            if (((j - from) & 0xffff) == 0 && cancelled.getAsBoolean()) throw new CancellationException("render cancelled");
            int i = order[j];
            float m = lower[i] == k ? 1 - frac[i] : frac[i];
            if (m <= 0) continue;
            layer.add(i % w, i / w, aperture.table(coc[i]), m, src[0][i], src[1][i], src[2][i]);
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

    /** One layer's accumulation: difference rows while scattering, then values after integrate(). */
    private static final class Scatter {
        final int w, h, stride;
        final float[][] d;
        int minRow = Integer.MAX_VALUE, maxRow = -1;

        Scatter(int w, int h) {
            this.w = w;
            this.h = h;
            this.stride = w + 2;
            this.d = new float[4][stride * h];
        }

        boolean isEmpty() { return maxRow < 0; }

        void clear() {
            if (maxRow < 0) return;
            for (float[] p : d) Arrays.fill(p, minRow * stride, (maxRow + 1) * stride, 0f);
            minRow = Integer.MAX_VALUE;
            maxRow = -1;
        }

        void add(int x, int y, Aperture.Table t, float m, float r, float g, float b) {
            float a = m * t.norm;
            float vr = r * a, vg = g * a, vb = b * a;
            int rows = t.radiusRows;
            int y0 = Math.max(0, y - rows), y1 = Math.min(h - 1, y + rows);
            if (y0 > y1) return;
            minRow = Math.min(minRow, y0);
            maxRow = Math.max(maxRow, y1);
            float[] dr = d[0], dg = d[1], db = d[2], da = d[3];
            boolean inside = x + t.minOffset >= 0 && x + t.maxOffset + 1 <= w + 1;
            for (int yy = y0; yy <= y1; yy++) {
                int row = yy * stride, i = yy - y + rows;
                int i0 = x + t.first[i], i1 = x + t.last[i];
                float wf = t.wFirst[i], wl = t.wLast[i], k = t.rowWeight[i];
                // Coverage of pixel i0 is wf, of i0+1..i1-1 is 1, of i1 is wl (also right when i1 = i0).
                float c0 = k * wf, c1 = k * (1 - wf), c2 = k * (wl - 1), c3 = -k * wl;
                int p0, p1, p2, p3;
                if (inside) {
                    p0 = row + i0; p1 = p0 + 1; p2 = row + i1; p3 = p2 + 1;
                } else {
                    // Changes left of the image still start the run at pixel 0; right of it they are dropped.
                    p0 = row + clamp(i0); p1 = row + clamp(i0 + 1); p2 = row + clamp(i1); p3 = row + clamp(i1 + 1);
                }
                dr[p0] += vr * c0; dr[p1] += vr * c1; dr[p2] += vr * c2; dr[p3] += vr * c3;
                dg[p0] += vg * c0; dg[p1] += vg * c1; dg[p2] += vg * c2; dg[p3] += vg * c3;
                db[p0] += vb * c0; db[p1] += vb * c1; db[p2] += vb * c2; db[p3] += vb * c3;
                da[p0] += a * c0; da[p1] += a * c1; da[p2] += a * c2; da[p3] += a * c3;
            }
        }

        private int clamp(int i) { return Math.min(w + 1, Math.max(0, i)); }

        /** Running sums turn each difference row into values, in place. */
        void integrate() {
            for (float[] p : d) {
                for (int y = minRow; y <= maxRow; y++) {
                    int row = y * stride;
                    float s = 0;
                    for (int x = 0; x < w; x++) { s += p[row + x]; p[row + x] = s; }
                }
            }
        }

        /** acc = layer + (1 − layer coverage) · acc. */
        void over(float[][] acc) {
            float[] la = d[3];
            for (int y = minRow; y <= maxRow; y++) {
                int row = y * stride, out = y * w;
                for (int x = 0; x < w; x++) {
                    float keep = 1 - la[row + x];
                    for (int c = 0; c < 4; c++) acc[c][out + x] = d[c][row + x] + keep * acc[c][out + x];
                }
            }
        }

        void addTo(float[][] acc) {
            for (int y = minRow; y <= maxRow; y++) {
                int row = y * stride, out = y * w;
                for (int c = 0; c < 4; c++) for (int x = 0; x < w; x++) acc[c][out + x] += d[c][row + x];
            }
        }
    }
}
