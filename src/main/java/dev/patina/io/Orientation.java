package dev.patina.io;

/**
 * Where a stored pixel lands once the EXIF orientation is applied, as a linear index into the
 * upright output: {@code base + x*stepX + y*stepY}. Applying it while converting samples turns the
 * picture without a second full-size buffer.
 */
record Orientation(int value, int width, int height, int base, int stepX, int stepY) {

    /** Mapping for EXIF orientation {@code value} (1..8; anything else is 1) of a w x h stored image. */
    static Orientation of(int value, int w, int h) {
        boolean swap = value >= 5 && value <= 8;
        int W = swap ? h : w, H = swap ? w : h;
        int last = (H - 1) * W;
        return switch (value) {
            case 2 -> new Orientation(2, W, H, W - 1, -1, W);            // mirrored left-right
            case 3 -> new Orientation(3, W, H, last + W - 1, -1, -W);    // turned 180
            case 4 -> new Orientation(4, W, H, last, 1, -W);             // mirrored top-bottom
            case 5 -> new Orientation(5, W, H, 0, W, 1);                 // transposed
            case 6 -> new Orientation(6, W, H, W - 1, W, -1);            // needs 90 clockwise
            case 7 -> new Orientation(7, W, H, last + W - 1, -W, -1);    // transversed
            case 8 -> new Orientation(8, W, H, last, -W, 1);             // needs 90 counter-clockwise
            default -> new Orientation(1, W, H, 0, 1, W);
        };
    }

    int index(int x, int y) { return base + x * stepX + y * stepY; }
}
