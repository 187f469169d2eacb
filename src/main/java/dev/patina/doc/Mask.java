package dev.patina.doc;

import dev.patina.image.Rect;

/**
 * Where a layer applies, 0..1 per pixel. Gradient coordinates are fractions of the image width and
 * height, so a mask means the same thing at every render scale.
 */
public sealed interface Mask permits Mask.Painted, Mask.LinearGradient, Mask.RadialGradient, Mask.Scene, Mask.Field {

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

    /**
     * A mask the renderer finds in the picture the layer sees (the subject, the sky, skin, faces,
     * eyes), so it follows when the layers below change. {@code expand} grows it by that many
     * full-size pixels (negative shrinks), {@code feather} softens its edge over that many;
     * {@code hint} (or null) is a box around the subject, {@code include}/{@code exclude} (or null)
     * strokes the user painted to add to it or take from it. It has no pixels of its own: the
     * renderer turns it into a {@link Field} before it samples it.
     */
    record Scene(SceneKind kind, boolean inverted, double expand, double feather, HintBox hint,
                 MaskRaster include, MaskRaster exclude) implements Mask {
        public Scene {
            java.util.Objects.requireNonNull(kind, "kind");
            if (!Double.isFinite(expand) || Math.abs(expand) > 1000) throw new ParamException("expand", expand + " is out of range -1000..1000 px");
            if (!Double.isFinite(feather) || feather < 0 || feather > 1000) throw new ParamException("feather", feather + " is out of range 0..1000 px");
        }

        public static Scene of(SceneKind kind) { return new Scene(kind, false, 0, 0, null, null, null); }

        @Override public Mask withInverted(boolean inv) { return new Scene(kind, inv, expand, feather, hint, include, exclude); }

        public Scene withStrokes(MaskRaster inc, MaskRaster exc) { return new Scene(kind, inverted, expand, feather, hint, inc, exc); }

        @Override public void sampleRaw(Rect tile, double scale, int fullWidth, int fullHeight, float[] out) {
            throw new IllegalStateException("a " + kind.id() + " mask is found by the renderer, not sampled");
        }
    }

    /**
     * A mask given as values over the whole picture at one size (a scene mask the renderer has
     * computed), sampled at any render scale by its nearest value.
     */
    record Field(int width, int height, float[] values, boolean inverted) implements Mask {
        public Field {
            if (width < 1 || height < 1 || values.length != (long) width * height) throw new IllegalArgumentException("mask field size");
        }

        @Override public Mask withInverted(boolean inv) { return new Field(width, height, values, inv); }

        @Override public void sampleRaw(Rect tile, double scale, int fullWidth, int fullHeight, float[] out) {
            double sx = width / (double) Math.max(1, Math.round(fullWidth * scale));
            double sy = height / (double) Math.max(1, Math.round(fullHeight * scale));
            int i = 0;
            for (int y = tile.y(); y < tile.bottom(); y++) {
                int fy = Math.min(height - 1, Math.max(0, (int) ((y + 0.5) * sy)));
                for (int x = tile.x(); x < tile.right(); x++) {
                    int fx = Math.min(width - 1, Math.max(0, (int) ((x + 0.5) * sx)));
                    out[i++] = values[fy * width + fx];
                }
            }
        }

        // Identity, not contents: a field is made once per computation and compared as such.
        @Override public boolean equals(Object o) { return this == o; }

        @Override public int hashCode() { return System.identityHashCode(this); }
    }
}
