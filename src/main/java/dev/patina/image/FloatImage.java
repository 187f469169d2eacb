package dev.patina.image;

import java.util.Arrays;

/**
 * Planar linear-light RGB in float32, placed at {@link #bounds()} in the coordinate system of the
 * image it belongs to (a tile knows where it sits). Planes are row-major, {@code width*height} long.
 * Values are scene-referred linear light: 0 is black, 1 is diffuse white; they may exceed 1.
 */
public final class FloatImage {
    public static final int CHANNELS = 3;

    private final Rect bounds;
    private final float[][] planes;

    public FloatImage(Rect bounds) {
        this(bounds, new float[][] {
            new float[checkedArea(bounds)], new float[checkedArea(bounds)], new float[checkedArea(bounds)]});
    }

    public FloatImage(int width, int height) {
        this(Rect.of(width, height));
    }

    public FloatImage(Rect bounds, float[][] planes) {
        if (planes.length != CHANNELS) throw new IllegalArgumentException("need 3 planes");
        for (float[] p : planes) {
            if (p.length != bounds.area()) throw new IllegalArgumentException("plane size does not match " + bounds);
        }
        this.bounds = bounds;
        this.planes = planes;
    }

    private static int checkedArea(Rect r) {
        if (r.area() > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("image too large for one plane: " + r);
        return (int) r.area();
    }

    public Rect bounds() { return bounds; }

    public int width() { return bounds.width(); }

    public int height() { return bounds.height(); }

    /** Plane c (0 = red, 1 = green, 2 = blue); mutable, shared, not copied. */
    public float[] plane(int c) { return planes[c]; }

    /** Channel c as a {@link Plane} over this image's bounds (a view: it shares the values). */
    public Plane channel(int c) { return new Plane(bounds, planes[c]); }

    public float[][] planes() { return planes; }

    /** Index into a plane of the pixel at absolute coordinates (x, y). */
    public int index(int x, int y) {
        return (y - bounds.y()) * bounds.width() + (x - bounds.x());
    }

    public long byteSize() { return bounds.area() * 4L * CHANNELS; }

    public FloatImage copy() {
        return new FloatImage(bounds, new float[][] {planes[0].clone(), planes[1].clone(), planes[2].clone()});
    }

    /** The same pixels placed at a different origin (no copy). */
    public FloatImage movedTo(int x, int y) {
        return new FloatImage(new Rect(x, y, bounds.width(), bounds.height()), planes);
    }

    /** A copy of the region r, which must lie inside this image. */
    public FloatImage crop(Rect r) {
        if (!bounds.contains(r)) throw new IllegalArgumentException(r + " is not inside " + bounds);
        FloatImage out = new FloatImage(r);
        copyInto(r, out);
        return out;
    }

    /** Copies the region r from this image into dst (both must contain r). */
    public void copyInto(Rect r, FloatImage dst) {
        for (int c = 0; c < CHANNELS; c++) {
            float[] s = planes[c], d = dst.planes[c];
            for (int y = r.y(); y < r.bottom(); y++) {
                System.arraycopy(s, index(r.x(), y), d, dst.index(r.x(), y), r.width());
            }
        }
    }

    /**
     * A copy covering {@code r}; pixels of r outside this image are filled by replicating its
     * nearest edge pixel, so neighbourhood ops see an extended edge.
     */
    public FloatImage extendedTo(Rect r) {
        Rect valid = bounds;
        FloatImage out = new FloatImage(r);
        for (int c = 0; c < CHANNELS; c++) {
            float[] s = planes[c], d = out.planes[c];
            for (int y = r.y(); y < r.bottom(); y++) {
                int sy = Math.min(Math.max(y, valid.y()), valid.bottom() - 1);
                int row = out.index(r.x(), y);
                int x0 = Math.max(r.x(), valid.x()), x1 = Math.min(r.right(), valid.right());
                if (x1 > x0) System.arraycopy(s, index(x0, sy), d, row + (x0 - r.x()), x1 - x0);
                float left = s[index(valid.x(), sy)], right = s[index(valid.right() - 1, sy)];
                for (int x = r.x(); x < Math.min(r.right(), valid.x()); x++) d[row + x - r.x()] = left;
                for (int x = Math.max(r.x(), valid.right()); x < r.right(); x++) d[row + x - r.x()] = right;
            }
        }
        return out;
    }

    public void fill(float r, float g, float b) {
        Arrays.fill(planes[0], r);
        Arrays.fill(planes[1], g);
        Arrays.fill(planes[2], b);
    }

    /** True when both have the same bounds and bit-identical pixels. */
    public boolean sameAs(FloatImage o) {
        return bounds.equals(o.bounds) && Arrays.equals(planes[0], o.planes[0])
            && Arrays.equals(planes[1], o.planes[1]) && Arrays.equals(planes[2], o.planes[2]);
    }
}
