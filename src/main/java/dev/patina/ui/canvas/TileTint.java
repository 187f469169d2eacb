package dev.patina.ui.canvas;

import dev.patina.image.Rect;

/**
 * Something shown over the picture by colouring its screen pixels (a mask, the depth, the skin
 * mask), applied to each preview tile as it is converted for the screen. A tint travels with the
 * preview request, so it is always painted with the tiles of the same document state and can never
 * lag behind or outlive them. Implementations are immutable and called from render worker threads;
 * they must have value equality (an unchanged view is not rendered again).
 */
public interface TileTint {

    /**
     * Colours {@code rgb} (packed 0xRRGGBB, row-major) of {@code tile}, a rectangle of the image
     * scaled by {@code scale}; the full-resolution image is fullWidth × fullHeight.
     */
    void tint(Rect tile, double scale, int fullWidth, int fullHeight, int[] rgb);

    /** Mixes colour (r, g, b) into packed pixel p by a in [0, 1]: the look of a translucent layer over it. */
    static int mix(int p, int r, int g, int b, float a) {
        int pr = p >>> 16 & 0xff, pg = p >>> 8 & 0xff, pb = p & 0xff;
        pr = Math.round(pr + (r - pr) * a);
        pg = Math.round(pg + (g - pg) * a);
        pb = Math.round(pb + (b - pb) * a);
        return pr << 16 | pg << 8 | pb;
    }
}
