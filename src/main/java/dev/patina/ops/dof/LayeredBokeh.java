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
 *
 * <p>Cost is O(CoC diameter) per pixel (one span per row of its disc). Layers whose discs are wide
 * are drawn at 1/2 to 1/8 size from blocks of pixels and enlarged ({@link #reduction}), and rows are
 * split into bands drawn in parallel. FFT convolution was measured against this (FftVersusScatter,
 * 2 MP): one RGBA layer by FFT cost about as much as the whole layered scatter, and layering needs
 * one per layer, while a per-layer kernel would also quantise disc sizes to the layer spacing.
 */
final class LayeredBokeh {
    /** Ratio between successive layer knots: layers are finer where CoCs are small and edges matter most. */
    static final float KNOT_RATIO = 1.5f;

    private LayeredBokeh() {}

    /** Blurs img (whole, at 0,0) by per-pixel signed CoC diameters (px) into a new image. */
    static FloatImage render(FloatImage img, float[] coc, Aperture aperture, BooleanSupplier cancelled) {
        FloatImage out = new FloatImage(img.bounds());
        render(img, coc, aperture, cancelled, out);
        return out;
    }

    /** Blurs img into out (same size; may not be img). */
    static void render(FloatImage img, float[] coc, Aperture aperture, BooleanSupplier cancelled, FloatImage out) {
        int w = img.width(), h = img.height(), n = w * h;
        float maxAbs = 0;
        for (float c : coc) maxAbs = Math.max(maxAbs, Math.abs(c));
        float[] knots = knots(maxAbs);
        int nk = knots.length; // layers 0..nk-1 from most negative to most positive knot
        int zero = (nk - 1) / 2;
        // Each pixel belongs to the layer nearest its CoC (in log scale, where the knots are even).
        // The layer is computed twice (count, then place) rather than stored: at 24 MP an index
        // array would be another 96 MB at the moment memory peaks.
        int[] count = new int[nk];
        double logRatio = Math.log(KNOT_RATIO);
        for (int i = 0; i < n; i++) count[layerOf(coc[i], zero, logRatio)]++;
        // Pixels grouped by layer (a stable counting sort: row-major within a layer), so a layer visits only its own.
        int[] start = new int[nk + 1];
        for (int k = 0; k < nk; k++) start[k + 1] = start[k] + count[k];
        int[] order = new int[n];
        int[] fill = Arrays.copyOf(start, nk);
        for (int i = 0; i < n; i++) order[fill[layerOf(coc[i], zero, logRatio)]++] = i;

        // r, g, b premultiplied, coverage. The colour sums live in out's own planes (the result is
        // composed in place at the end): at 24 MP that is 288 MB less at the peak.
        for (int c = 0; c < 3; c++) java.util.Arrays.fill(out.plane(c), 0f);
        float[][] back = {out.plane(0), out.plane(1), out.plane(2), new float[n]};
        // Only a scene with something in front of the focal plane needs the foreground planes.
        float[][] front = start[zero] > 0 ? new float[4][n] : null;
        float[][] src = img.planes();
        ScatterLayer layer = new ScatterLayer(w, h);
        // Rows are split into bands done in parallel; each band draws only into its own rows, from
        // the same pixels in the same order, so the sums do not depend on the split.
        int bands = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), h / 16));
        Aperture[] apertures = new Aperture[bands];
        for (int b = 0; b < bands; b++) apertures[b] = aperture.copy();
        ScatterLayer[] small = new ScatterLayer[MAX_REDUCTION + 1];
        for (int k = nk - 1; k >= 0; k--) {
            if (count[k] == 0) continue;
            final int kk = k;
            int f = reduction(knots[k]);
            if (f > 1) {
                if (small[f] == null) small[f] = new ScatterLayer((w + f - 1) / f, (h + f - 1) / f);
                drawReduced(small[f], f, Blocks.of(order, start[k], start[k + 1], coc, src, w, f, small[f].w, small[f].h),
                    apertures, bands, kk >= zero ? back : front, kk >= zero, w, h, cancelled);
                continue;
            }
            java.util.stream.IntStream.range(0, bands).parallel().forEach(b -> {
                int r0 = b * h / bands, r1 = (b + 1) * h / bands;
                layer.clear(r0, r1);
                scatterRange(layer, order, start[kk], start[kk + 1], coc, src, apertures[b], w, r0, r1, cancelled);
                layer.integrate(r0, r1);
                if (kk >= zero) layer.over(back, r0, r1);
                else layer.addTo(front, r0, r1);
            });
        }
        normalise(back, w, h, src);
        if (front == null) return; // the background is the result, already in out
        for (int c = 0; c < 3; c++) {
            float[] o = out.plane(c), b = back[c];
            float[] f = front[c], fa = front[3];
            for (int i = 0; i < n; i++) {
                float a = fa[i];
                float fc = f[i];
                if (a > 1) { fc /= a; a = 1; }
                o[i] = fc + (1 - a) * b[i];
            }
        }
    }

    /** The layer of a pixel with this CoC: zero for |c| <= 1 px, else the nearest knot in log scale. */
    private static int layerOf(float c, int zero, double logRatio) {
        if (!(Math.abs(c) > 1)) return zero;
        int j = (int) Math.max(1, Math.min(zero, Math.round(Math.log(Math.abs(c)) / logRatio)));
        return c > 0 ? zero + j : zero - j;
    }

    /**
     * Large discs are drawn at 1/f of the size (f = 2, 4 or 8) when they stay at least this wide
     * there: the bilinear enlargement softens a disc's rim by about one full-size pixel, under 1/12
     * of its diameter, while the cost falls by f³ (f² fewer sources, f times fewer rows each).
     */
    static final float MIN_REDUCED_DIAMETER = 12;
    static final int MAX_REDUCTION = 8;

    /** The reduction for a layer at this knot: its smallest member is knot / √1.5. */
    static int reduction(float knot) {
        double smallest = Math.abs(knot) / Math.sqrt(KNOT_RATIO);
        int f = 1;
        while (f < MAX_REDUCTION && smallest / (2 * f) >= MIN_REDUCED_DIAMETER) f *= 2;
        return f;
    }

    /** Draws one layer's blocks into a 1/f-size layer, then composites it enlarged into acc. */
    private static void drawReduced(ScatterLayer layer, int f, Blocks blocks, Aperture[] apertures, int bands, float[][] acc,
                                    boolean over, int w, int h, BooleanSupplier cancelled) {
        int sh = layer.h, sw = layer.w;
        int smallBands = Math.max(1, Math.min(bands, sh / 8));
        java.util.stream.IntStream.range(0, smallBands).parallel().forEach(b -> {
            int r0 = b * sh / smallBands, r1 = (b + 1) * sh / smallBands;
            layer.clear(r0, r1);
            Aperture aperture = apertures[b];
            for (int j = 0; j < blocks.count; j++) {
                if ((j & 0xffff) == 0 && cancelled.getAsBoolean()) throw new CancellationException("render cancelled");
                int bi = blocks.index[j], y = bi / sw;
                Aperture.Table t = aperture.table(blocks.coc[j] / f);
                if (y + t.radiusRows < r0 || y - t.radiusRows >= r1) continue;
                layer.add(bi - y * sw, y, t, blocks.alpha[j], blocks.r[j], blocks.g[j], blocks.b[j], r0, r1);
            }
            layer.integrate(r0, r1);
        });
        java.util.stream.IntStream.range(0, bands).parallel().forEach(b ->
            layer.compositeUpsampled(acc, f, w, b * h / bands, (b + 1) * h / bands, over));
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

    private static void scatterRange(ScatterLayer layer, int[] order, int from, int to, float[] coc, float[][] src,
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
}
