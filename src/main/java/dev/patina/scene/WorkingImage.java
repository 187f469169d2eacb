package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Resample;
import dev.patina.image.Srgb;

/**
 * The picture at the reduced size detection runs at, in the forms detection needs: sRGB-encoded
 * colour planes, luma for the cascades, and a skin-likelihood map with its summed-area table. The
 * size is chosen so the smallest face wanted still covers the cascade's 20 px window; a bigger
 * working image would only cost time (the cascades never see more than 20x20 px of a face anyway).
 */
final class WorkingImage {
    /** Full-size pixels per working pixel. */
    final double scale;
    final int width, height;
    final float[] r, g, b; // sRGB-encoded, 0..1
    final LumaPlane luma;
    final float[] skin;
    final SummedArea skinSums;
    /** False for black-and-white (or nearly so) pictures, where skin colour says nothing. */
    final boolean colourful;

    private WorkingImage(double scale, FloatImage small) {
        this.scale = scale;
        width = small.width();
        height = small.height();
        int n = width * height;
        r = new float[n];
        g = new float[n];
        b = new float[n];
        skin = new float[n];
        float[] y = new float[n];
        float[] lr = small.plane(0), lg = small.plane(1), lb = small.plane(2);
        double spread = 0;
        for (int i = 0; i < n; i++) {
            float er = Srgb.encode(lr[i]), eg = Srgb.encode(lg[i]), eb = Srgb.encode(lb[i]);
            r[i] = er;
            g[i] = eg;
            b[i] = eb;
            y[i] = 255f * (0.299f * er + 0.587f * eg + 0.114f * eb);
            skin[i] = SkinLikelihood.of(er, eg, eb);
            spread += Math.max(er, Math.max(eg, eb)) - Math.min(er, Math.min(eg, eb));
        }
        luma = new LumaPlane(width, height, y);
        skinSums = new SummedArea(skin, width, height);
        colourful = spread / n > 0.02;
    }

    /**
     * The image shrunk (never enlarged) so that its short side is at most {@code shortSide} pixels:
     * halved by 2x2 means while that stays above the target, then area-averaged to it, in linear
     * light (the average a coarser sensor would record).
     */
    static WorkingImage of(FloatImage full, int shortSide) {
        FloatImage img = full.bounds().x() == 0 && full.bounds().y() == 0 ? full : full.movedTo(0, 0);
        int fullShort = Math.min(img.width(), img.height());
        if (fullShort <= shortSide) return new WorkingImage(1.0, img);
        double s = shortSide / (double) fullShort;
        int w = Math.max(1, (int) Math.round(img.width() * s)), h = Math.max(1, (int) Math.round(img.height() * s));
        FloatImage t = img;
        while (t.width() >= 2 * w && t.height() >= 2 * h) t = Resample.half(t);
        t = Resample.area(t, w, h);
        return new WorkingImage(img.width() / (double) w, t);
    }

    /** Mean skin likelihood over a rectangle of working pixels. */
    double skinIn(double x0, double y0, double x1, double y1) {
        return skinSums.mean(x0, y0, x1, y1);
    }
}
