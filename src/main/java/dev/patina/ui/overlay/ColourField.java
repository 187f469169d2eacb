package dev.patina.ui.overlay;

/**
 * A computed overlay: one translucent colour (packed 0xAARRGGBB, not premultiplied) per pixel of
 * the whole image at the scale it was computed at. Immutable once made; equal only to itself, so a
 * new computation is always a new overlay to the preview.
 */
public final class ColourField {
    private final int width, height;
    private final int[] argb;

    /** Takes ownership of argb (width × height, row-major); nobody may change it afterwards. */
    public ColourField(int width, int height, int[] argb) {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException(width + "x" + height + " field with " + argb.length + " values");
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    public int width() { return width; }

    public int height() { return height; }

    /** The colour at field pixel (x, y), clamped to the edges. */
    public int at(int x, int y) {
        int cx = Math.max(0, Math.min(width - 1, x)), cy = Math.max(0, Math.min(height - 1, y));
        return argb[cy * width + cx];
    }
}
