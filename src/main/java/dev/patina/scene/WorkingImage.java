package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Resample;
import dev.patina.image.Srgb;

/**
 * The picture at the reduced size detection runs at, in the forms detection needs: luma for the
 * cascades, and a skin-likelihood map with its summed-area table. The
 * size is chosen so the smallest face wanted still covers the cascade's 20 px window; a bigger
 * working image would only cost time (the cascades never see more than 20x20 px of a face anyway).
 */
final class WorkingImage {
    /** Full-size pixels per working pixel. */
    final double scale;
    final int width, height;
    final LumaPlane luma;
    final float[] skin;
    final SummedArea skinSums, lumaSums;
    /** False for black-and-white (or nearly so) pictures, where skin colour says nothing. */
    final boolean colourful;

    private WorkingImage(double scale, FloatImage small) {
        this.scale = scale;
        width = small.width();
        height = small.height();
        int n = width * height;
        skin = new float[n];
        float[] y = new float[n];
        float[] lr = small.plane(0), lg = small.plane(1), lb = small.plane(2);
        double spread = 0;
        for (int i = 0; i < n; i++) {
            float er = Srgb.encode(lr[i]), eg = Srgb.encode(lg[i]), eb = Srgb.encode(lb[i]);
            y[i] = 255f * (0.299f * er + 0.587f * eg + 0.114f * eb);
            skin[i] = SkinLikelihood.of(er, eg, eb);
            spread += Math.max(er, Math.max(eg, eb)) - Math.min(er, Math.min(eg, eb));
        }
        luma = new LumaPlane(width, height, y);
        skinSums = new SummedArea(skin, width, height);
        lumaSums = new SummedArea(y, width, height);
        colourful = spread / n > 0.02;
    }

    /**
     * The image shrunk (never enlarged) so that its short side is at most {@code shortSide} pixels:
     * halved by 2x2 means while that stays above the target, then brought to it by a 2x2
     * supersampled bilinear resampling in linear light (within a factor of 2 that covers each
     * output pixel's footprint closely enough for a cascade, which only sees 20x20 px of a face).
     */
    static WorkingImage of(FloatImage full, int shortSide) {
        FloatImage img = full.bounds().x() == 0 && full.bounds().y() == 0 ? full : full.movedTo(0, 0);
        int fullShort = Math.min(img.width(), img.height());
        if (fullShort <= shortSide) return new WorkingImage(1.0, img);
        double s = shortSide / (double) fullShort;
        int w = Math.max(1, (int) Math.round(img.width() * s)), h = Math.max(1, (int) Math.round(img.height() * s));
        FloatImage t = img;
        while (t.width() >= 2 * w && t.height() >= 2 * h) t = Resample.half(t);
        return new WorkingImage(img.width() / (double) w, supersampled(t, w, h));
    }

    /** src resized to w x h (shrinking by less than 2) as the mean of 2x2 bilinear samples per output pixel. */
    static FloatImage supersampled(FloatImage src, int w, int h) {
        if (src.width() == w && src.height() == h) return src;
        int sw = src.width(), sh = src.height();
        double sx = sw / (double) w, sy = sh / (double) h;
        final int n = 2;
        // Per output column/row: the n sample positions' left/top pixel and fraction.
        int[] xi = new int[w * n], yi = new int[h * n];
        float[] xf = new float[w * n], yf = new float[h * n];
        for (int x = 0; x < w; x++) {
            for (int k = 0; k < n; k++) {
                double p = Math.max(0, Math.min(sw - 1.001, (x + (k + 0.5) / n) * sx - 0.5));
                xi[x * n + k] = (int) p;
                xf[x * n + k] = (float) (p - (int) p);
            }
        }
        for (int y = 0; y < h; y++) {
            for (int k = 0; k < n; k++) {
                double p = Math.max(0, Math.min(sh - 1.001, (y + (k + 0.5) / n) * sy - 0.5));
                yi[y * n + k] = (int) p;
                yf[y * n + k] = (float) (p - (int) p);
            }
        }
        // The 2x2 bilinear footprint is separable: each source row is resampled across once
        // (the mean of its two horizontal samples), then the rows are blended down.
        FloatImage out = new FloatImage(w, h);
        int last = sw - 1;
        float[] across = new float[sh * w];
        for (int c = 0; c < 3; c++) {
            float[] s = src.plane(c), d = out.plane(c);
            for (int y = 0; y < sh; y++) {
                int row = y * sw, o = y * w;
                for (int x = 0; x < w; x++) {
                    float acc = 0;
                    for (int i = 0; i < n; i++) {
                        int a = row + xi[x * n + i], b = row + Math.min(xi[x * n + i] + 1, last);
                        acc += s[a] + (s[b] - s[a]) * xf[x * n + i];
                    }
                    across[o + x] = acc;
                }
            }
            for (int y = 0; y < h; y++) {
                int o = y * w;
                for (int j = 0; j < n; j++) {
                    int r0 = yi[y * n + j] * w, r1 = Math.min(yi[y * n + j] + 1, sh - 1) * w;
                    float fy = yf[y * n + j];
                    for (int x = 0; x < w; x++) {
                        float top = across[r0 + x], bot = across[r1 + x];
                        d[o + x] += top + (bot - top) * fy;
                    }
                }
                for (int x = 0; x < w; x++) d[o + x] *= 1f / (n * n);
            }
        }
        return out;
    }

    /** Mean luma (0..255) over a rectangle of working pixels. */
    double lumaIn(double x0, double y0, double x1, double y1) {
        return lumaSums.mean(x0, y0, x1, y1);
    }

    /** Mean skin likelihood over a rectangle of working pixels. */
    double skinIn(double x0, double y0, double x1, double y1) {
        return skinSums.mean(x0, y0, x1, y1);
    }
}
