package dev.patina.image;

/**
 * One channel of values over a rectangle in absolute output-pixel coordinates: the tile type of
 * the pixel toolkit; a {@link FloatImage} is three of them over the same rectangle.
 */
public final class Plane {
    public final Rect rect;
    public final float[] v;

    public Plane(Rect rect) {
        this(rect, new float[(int) rect.area()]);
    }

    public Plane(Rect rect, float[] v) {
        if (v.length != rect.area()) throw new IllegalArgumentException("plane size does not match " + rect);
        this.rect = rect;
        this.v = v;
    }

    /** Index of absolute pixel (x, y). */
    public int index(int x, int y) {
        return (y - rect.y()) * rect.width() + (x - rect.x());
    }

    public float at(int x, int y) {
        return v[index(x, y)];
    }
}
