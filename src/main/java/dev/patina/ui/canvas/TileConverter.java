package dev.patina.ui.canvas;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import dev.patina.image.Srgb;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * Turns a rendered linear-light tile into 8-bit sRGB for the screen (on the worker thread that
 * rendered it). Quantisation is dithered by a fixed pattern in image coordinates, so smooth skies do
 * not band and the pattern does not crawl between tiles. Then the view's tints (mask, depth, skin
 * overlays) colour the result; the histogram is taken before them, of the picture alone.
 */
final class TileConverter {
    private TileConverter() {}

    /**
     * @param tints    applied in order over the converted pixels
     * @param histogram receives counts of the 8-bit values, red at 0..255, green 256..511, blue 512..767
     */
    static BufferedImage toSrgb8(FloatImage tile, List<TileTint> tints, double scale, int fullWidth, int fullHeight, int[] histogram) {
        Rect r = tile.bounds();
        int w = r.width(), h = r.height();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] px = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        float[] red = tile.plane(0), green = tile.plane(1), blue = tile.plane(2);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float d = dither(r.x() + x, r.y() + y);
                int rr = quantise(red[i], d), gg = quantise(green[i], d), bb = quantise(blue[i], d);
                histogram[rr]++;
                histogram[256 + gg]++;
                histogram[512 + bb]++;
                px[i] = rr << 16 | gg << 8 | bb;
            }
        }
        for (TileTint t : tints) t.tint(r, scale, fullWidth, fullHeight, px);
        return out;
    }

    private static int quantise(float linear, float dither) {
        int v = (int) (Srgb.encode(linear) * 255f + dither);
        return Math.max(0, Math.min(255, v));
    }

    /** A 4x4 Bayer threshold in [0, 1): enough to break up banding, invisible at 1:1. */
    private static float dither(int x, int y) {
        int bayer = BAYER[(y & 3) * 4 + (x & 3)];
        return (bayer + 0.5f) / 16f;
    }

    private static final int[] BAYER = {0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5};
}
