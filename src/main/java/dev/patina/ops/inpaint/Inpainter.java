package dev.patina.ops.inpaint;

import dev.patina.image.DistanceTransform;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;

import java.util.function.BooleanSupplier;

/**
 * Fills the hole of a picture from its surroundings: the marching fill for thin strokes, patch
 * synthesis for anything larger. Only a window around the hole is worked on (its size set by
 * {@link Settings#sourceRadius()}), so a small hole in a 24 MP picture costs what the hole costs.
 *
 * <p>Patches are compared and blended on sRGB-encoded values, not linear light: equal steps there
 * are roughly equal steps to the eye, so a match is judged the way it will be seen and dark texture
 * counts as much as bright.
 */
public final class Inpainter {
    /** Threshold of a mask value for a pixel to be hole (or excluded). */
    public static final float MASK_THRESHOLD = 0.5f;
    /**
     * Auto: a hole whose inscribed radius is at most this many full-resolution pixels (a stroke up to
     * about 8 px wide) is thin enough for the marching fill; measured at full resolution, so the
     * preview and the export choose the same method.
     */
    static final double THIN_RADIUS = 4.0;
    /** Telea's neighbourhood radius, in pixels of the render. */
    static final int MARCHING_RADIUS = 5;
    /** The search window is never narrower than this many pixels around the hole. */
    static final int MIN_MARGIN = 24;

    /**
     * Weight of the texture features against colour in patch distances (see {@link Level#C}). The
     * features are mean gradient magnitudes, an order of magnitude smaller than colour differences;
     * 256 (x16 in amplitude) was the best of 0..256 on the tuning photos for texture energy and
     * low-frequency error together.
     */
    static final double FEATURE_WEIGHT = 256;

    public enum Method { AUTO, PATCH, SMOOTH }

    /**
     * @param sourceRadius how far around the hole to take texture from, as a multiple of the hole's
     *                     larger side; 0 = the whole picture
     */
    public record Settings(Method method, double sourceRadius, long seed) {
        public Settings {
            if (!(sourceRadius >= 0)) throw new IllegalArgumentException("sourceRadius must be >= 0");
        }
    }

    private Inpainter() {}

    /**
     * Writes src into dst with the hole filled. {@code hole} and {@code exclude} (may be null) are
     * masks over src's pixels, row-major, hole / excluded where above {@link #MASK_THRESHOLD}. Pixels
     * outside the hole are copied unchanged. {@code scale} is output pixels per full-resolution pixel.
     *
     * @throws InpaintException when the hole covers the picture or leaves nothing to copy from
     */
    public static void fill(FloatImage src, FloatImage dst, float[] hole, float[] exclude, Settings s,
                            double scale, BooleanSupplier cancelled) {
        int w = src.width(), h = src.height();
        if (dst != src) for (int c = 0; c < 3; c++) System.arraycopy(src.plane(c), 0, dst.plane(c), 0, w * h);
        if (hole == null) return;
        int minX = w, minY = h, maxX = -1, maxY = -1;
        long count = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (hole[y * w + x] > MASK_THRESHOLD) {
                    count++;
                    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
                }
            }
        }
        if (count == 0) return;
        if (count == (long) w * h) throw new InpaintException("the hole covers the whole image; there is nothing to fill it from");

        // Thickness from the distance transform over the hole's box plus a one-pixel ring (the nearest
        // pixel outside the hole is never farther away than that ring).
        Window box = Window.around(minX, minY, maxX, maxY, 1, w, h);
        float radius = DistanceTransform.max(DistanceTransform.inside(box.mask(hole, MASK_THRESHOLD), box.w, box.h, false));
        Method m = s.method();
        if (m == Method.AUTO) m = radius / scale <= THIN_RADIUS ? Method.SMOOTH : Method.PATCH;

        if (m == Method.SMOOTH) {
            Window win = Window.around(minX, minY, maxX, maxY, MARCHING_RADIUS + 2, w, h);
            float[][] planes = win.encodedPlanes(src);
            MarchingFill.fill(planes, win.mask(hole, MASK_THRESHOLD), win.w, win.h, MARCHING_RADIUS);
            win.writeHole(planes, hole, dst);
            return;
        }
        int side = Math.max(maxX - minX + 1, maxY - minY + 1);
        int margin = s.sourceRadius() == 0 ? Math.max(w, h)
            : (int) Math.max(MIN_MARGIN + 2 * PatchSynthesis.R, Math.ceil(s.sourceRadius() * side));
        Window win = Window.around(minX, minY, maxX, maxY, margin, w, h);
        Level base = win.level(src, hole, exclude, FEATURE_WEIGHT);
        if (base.validList.length == 0 && win.w * win.h < w * h) {
            // The window held no whole patch outside the hole: look in the whole picture instead.
            win = Window.around(minX, minY, maxX, maxY, Math.max(w, h), w, h);
            base = win.level(src, hole, exclude, FEATURE_WEIGHT);
        }
        PatchSynthesis.fill(base, radius, s.seed(), cancelled);
        win.writeHole(base, hole, dst);
    }

    /** Linear light to the perceptual space the synthesis works in (sRGB encoding, extended past 0..1). */
    static float encode(float v) {
        if (v <= 0f) return v * 12.92f;
        if (v >= 1f) return (float) Srgb.encodeExact(v);
        return Srgb.encode(v);
    }

    static float decode(float e) {
        return Srgb.decode(e);
    }

    /** A rectangle of the picture the fill works in, with conversions in and out of it. */
    record Window(int x0, int y0, int w, int h, int fullW, int fullH) {
        static Window around(int minX, int minY, int maxX, int maxY, int margin, int fullW, int fullH) {
            int x0 = Math.max(0, minX - margin), y0 = Math.max(0, minY - margin);
            int x1 = Math.min(fullW, maxX + 1 + margin), y1 = Math.min(fullH, maxY + 1 + margin);
            return new Window(x0, y0, x1 - x0, y1 - y0, fullW, fullH);
        }

        int full(int x, int y) { return (y + y0) * fullW + x + x0; }

        boolean[] mask(float[] m, float threshold) {
            boolean[] out = new boolean[w * h];
            if (m == null) return out;
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out[y * w + x] = m[full(x, y)] > threshold;
            return out;
        }

        float[][] encodedPlanes(FloatImage src) {
            float[][] out = new float[3][w * h];
            for (int c = 0; c < 3; c++) {
                float[] p = src.plane(c);
                for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out[c][y * w + x] = encode(p[full(x, y)]);
            }
            return out;
        }

        Level level(FloatImage src, float[] hole, float[] exclude, double featureWeight) {
            final int C = Level.C;
            int n = w * h;
            float[] img = new float[C * n];
            float[] r = src.plane(0), g = src.plane(1), b = src.plane(2);
            boolean[] holeW = mask(hole, MASK_THRESHOLD), excl = mask(exclude, MASK_THRESHOLD);
            float[] luma = new float[n];
            java.util.stream.IntStream.range(0, h).parallel().forEach(y -> {
                for (int x = 0; x < w; x++) {
                    int i = full(x, y), o = y * w + x;
                    float er = encode(r[i]), eg = encode(g[i]), eb = encode(b[i]);
                    img[C * o] = er;
                    img[C * o + 1] = eg;
                    img[C * o + 2] = eb;
                    luma[o] = 0.299f * er + 0.587f * eg + 0.114f * eb;
                }
            });
            TextureFeatures.compute(luma, holeW, w, h, (float) featureWeight, img);
            boolean[] source = new boolean[n];
            for (int i = 0; i < n; i++) source[i] = !holeW[i] && !excl[i];
            return new Level(w, h, img, holeW, source, PatchSynthesis.R);
        }

        void writeHole(float[][] planes, float[] hole, FloatImage dst) {
            for (int c = 0; c < 3; c++) {
                float[] d = dst.plane(c);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        int i = full(x, y);
                        if (hole[i] > MASK_THRESHOLD) d[i] = decode(planes[c][y * w + x]);
                    }
                }
            }
        }

        void writeHole(Level lv, float[] hole, FloatImage dst) {
            for (int c = 0; c < 3; c++) {
                float[] d = dst.plane(c);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        int i = full(x, y);
                        if (hole[i] > MASK_THRESHOLD) d[i] = decode(lv.img[Level.C * (y * w + x) + c]);
                    }
                }
            }
        }
    }
}
