package dev.patina.ops;

import dev.patina.image.Rect;
import dev.patina.image.Scratch;

import java.util.function.BooleanSupplier;

/**
 * What an op knows about the render it is part of: the full-resolution image size, the render
 * scale (output pixels per full-resolution pixel), the document seed, and a cancellation flag for
 * long (global) computations. Sizes that depend on the picture (grain, blur radii) are computed from
 * {@code fullWidth/fullHeight} and {@code scale}, never from the tile.
 *
 * <p>{@code layerMask} is the layer's own mask over {@link #scaledBounds()}, row-major, given only
 * to a global kernel that {@linkplain OpKernel#readsLayerMask() reads its mask as an input} (the
 * subject of a depth estimate); null otherwise, and null when the layer has no mask.
 */
public record RenderContext(int fullWidth, int fullHeight, double scale, long seed, BooleanSupplier cancelled,
                            float[] layerMask) {

    public RenderContext(int fullWidth, int fullHeight, double scale, long seed) {
        this(fullWidth, fullHeight, scale, seed, () -> false);
    }

    public RenderContext(int fullWidth, int fullHeight, double scale, long seed, BooleanSupplier cancelled) {
        this(fullWidth, fullHeight, scale, seed, cancelled, null);
    }

    /** This context with {@code mask} (over the scaled bounds, or null) as the layer's mask. */
    public RenderContext withLayerMask(float[] mask) {
        if (mask != null && mask.length != scaledBounds().area()) {
            throw new IllegalArgumentException("layer mask has " + mask.length + " values, the render " + scaledBounds().area());
        }
        return new RenderContext(fullWidth, fullHeight, scale, seed, cancelled, mask);
    }

    /** The working arrays of the thread running the kernel (the one scratch scheme of the toolkit). */
    public Scratch scratch() { return Scratch.current(); }

    /** Size of the scaled image this render produces. */
    public Rect scaledBounds() {
        return Rect.of(Math.max(1, (int) Math.round(fullWidth * scale)), Math.max(1, (int) Math.round(fullHeight * scale)));
    }

    /** A length given as a fraction of the image diagonal, in output pixels. */
    public double diagonalFraction(double fraction) {
        return fraction * Math.hypot(fullWidth, fullHeight) * scale;
    }
}
