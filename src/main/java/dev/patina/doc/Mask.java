package dev.patina.doc;

import dev.patina.image.Rect;

/**
 * Where a layer applies, 0..1 per pixel. Gradient coordinates are fractions of the image width and
 * height, so a mask means the same thing at every render scale.
 */
public sealed interface Mask permits Mask.Painted, Mask.LinearGradient, Mask.RadialGradient {

    boolean inverted();

    Mask withInverted(boolean inverted);

    /**
     * Writes the mask's coverage for the pixels of {@code tile} (in the scaled image's coordinates)
     * into out, row-major. fullWidth/fullHeight are the full-resolution image size.
     */
    default void sample(Rect tile, double scale, int fullWidth, int fullHeight, float[] out) {
        sampleRaw(tile, scale, fullWidth, fullHeight, out);
        if (inverted()) for (int i = 0; i < tile.area(); i++) out[i] = 1f - out[i];
    }

    void sampleRaw(Rect tile, double scale, int fullWidth, int fullHeight, float[] out);

    /** A painted mask; sampled with a box over each scaled pixel's footprint. */
    record Painted(MaskRaster raster, boolean inverted) implements Mask {
        @Override public Mask withInverted(boolean inv) { return new Painted(raster, inv); }

        @Override public void sampleRaw(Rect tile, double scale, int fullWidth, int fullHeight, float[] out) {
            double sx = raster.width() / (double) Math.max(1, Math.round(fullWidth * scale));
            double sy = raster.height() / (double) Math.max(1, Math.round(fullHeight * scale));
            int taps = (int) Math.min(4, Math.max(1, Math.ceil(Math.max(sx, sy))));
            int i = 0;
            for (int y = tile.y(); y < tile.bottom(); y++) {
                for (int x = tile.x(); x < tile.right(); x++) {
                    float acc = 0;
                    for (int j = 0; j < taps; j++) {
                        for (int k = 0; k < taps; k++) {
                            acc += raster.value((int) ((x + (k + 0.5) / taps) * sx), (int) ((y + (j + 0.5) / taps) * sy));
                        }
                    }
                    out[i++] = acc / (taps * taps);
                }
            }
        }
    }

    /**
     * Full effect at (x0,y0), none at (x1,y1), a smooth ramp between: like Lightroom's linear
     * gradient, dragged from where the effect is strongest.
     */
    record LinearGradient(double x0, double y0, double x1, double y1, boolean inverted) implements Mask {
        @Override public Mask withInverted(boolean inv) { return new LinearGradient(x0, y0, x1, y1, inv); }

        @Override public void sampleRaw(Rect tile, double scale, int fullWidth, int fullHeight, float[] out) {
            double w = Math.max(1, Math.round(fullWidth * scale)), h = Math.max(1, Math.round(fullHeight * scale));
            double dx = (x1 - x0) * w, dy = (y1 - y0) * h;
            double len2 = Math.max(1e-9, dx * dx + dy * dy);
            int i = 0;
            for (int y = tile.y(); y < tile.bottom(); y++) {
                for (int x = tile.x(); x < tile.right(); x++) {
                    double t = ((x + 0.5 - x0 * w) * dx + (y + 0.5 - y0 * h) * dy) / len2;
                    t = Math.max(0, Math.min(1, t));
                    out[i++] = (float) (1 - t * t * (3 - 2 * t));
                }
            }
        }
    }

    /**
     * An ellipse centred at (cx, cy) with radii rx, ry (fractions of width and height): full effect
     * in its core, fading to none at the ellipse over the outer {@code feather} fraction of the radius.
     */
    record RadialGradient(double cx, double cy, double rx, double ry, double feather, boolean inverted) implements Mask {
        @Override public Mask withInverted(boolean inv) { return new RadialGradient(cx, cy, rx, ry, feather, inv); }

        @Override public void sampleRaw(Rect tile, double scale, int fullWidth, int fullHeight, float[] out) {
            double w = Math.max(1, Math.round(fullWidth * scale)), h = Math.max(1, Math.round(fullHeight * scale));
            double f = Math.max(1e-6, feather);
            int i = 0;
            for (int y = tile.y(); y < tile.bottom(); y++) {
                for (int x = tile.x(); x < tile.right(); x++) {
                    double u = (x + 0.5 - cx * w) / Math.max(1e-9, rx * w), v = (y + 0.5 - cy * h) / Math.max(1e-9, ry * h);
                    double r = Math.sqrt(u * u + v * v);
                    double t = Math.max(0, Math.min(1, (r - (1 - f)) / f));
                    out[i++] = (float) (1 - t * t * (3 - 2 * t));
                }
            }
        }
    }
}
