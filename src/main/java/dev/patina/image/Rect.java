package dev.patina.image;

/** An axis-aligned pixel rectangle: x and y of the top-left pixel, width and height. */
public record Rect(int x, int y, int width, int height) {

    public Rect {
        if (width < 0 || height < 0) throw new IllegalArgumentException("negative size " + width + "x" + height);
    }

    public static Rect of(int width, int height) {
        return new Rect(0, 0, width, height);
    }

    public int right() { return x + width; }

    public int bottom() { return y + height; }

    public long area() { return (long) width * height; }

    public boolean isEmpty() { return width == 0 || height == 0; }

    public Rect expand(int margin) {
        return new Rect(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    public Rect intersect(Rect o) {
        int nx = Math.max(x, o.x), ny = Math.max(y, o.y);
        int nr = Math.min(right(), o.right()), nb = Math.min(bottom(), o.bottom());
        return new Rect(nx, ny, Math.max(0, nr - nx), Math.max(0, nb - ny));
    }

    public boolean contains(Rect o) {
        return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
    }

    public boolean contains(int px, int py) {
        return px >= x && py >= y && px < right() && py < bottom();
    }
}
