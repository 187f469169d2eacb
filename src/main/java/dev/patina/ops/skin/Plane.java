package dev.patina.ops.skin;

import dev.patina.image.Rect;

/** One channel of values over a rectangle in absolute output-pixel coordinates. */
final class Plane {
    final Rect rect;
    final float[] v;

    Plane(Rect rect) {
        this(rect, new float[(int) rect.area()]);
    }

    Plane(Rect rect, float[] v) {
        if (v.length != rect.area()) throw new IllegalArgumentException("plane size does not match " + rect);
        this.rect = rect;
        this.v = v;
    }

    /** Index of absolute pixel (x, y). */
    int index(int x, int y) {
        return (y - rect.y()) * rect.width() + (x - rect.x());
    }

    float at(int x, int y) {
        return v[index(x, y)];
    }
}
