package dev.patina.image;

/**
 * A depth or disparity map as read from a file: a grid of values normalised to 0..1 (what the
 * file's own convention calls near or far is decided by the layer's {@code depthMode}), with NaN
 * where the file has no value. Immutable; its size is the file's, not the image's.
 */
public final class DepthMap {
    private final int width, height;
    private final float[] values;

    public DepthMap(int width, int height, float[] values) {
        if (width < 1 || height < 1) throw new IllegalArgumentException("empty depth map " + width + "x" + height);
        if (values.length != (long) width * height) throw new IllegalArgumentException("values do not match " + width + "x" + height);
        this.width = width;
        this.height = height;
        this.values = values.clone();
    }

    public int width() { return width; }

    public int height() { return height; }

    /** The value at (x, y), in 0..1, or NaN when unknown. */
    public float value(int x, int y) { return values[y * width + x]; }

    /** A copy of all values, row-major. */
    public float[] copyValues() { return values.clone(); }
}
