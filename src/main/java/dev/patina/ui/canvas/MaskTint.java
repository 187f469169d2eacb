package dev.patina.ui.canvas;

import dev.patina.doc.Mask;
import dev.patina.image.Rect;

/** The selected layer's mask as a translucent red where it applies, as in Lightroom. */
public record MaskTint(Mask mask) implements TileTint {
    private static final int RED = 0xff, GREEN = 0x30, BLUE = 0x30;
    private static final float STRENGTH = 0.5f;

    @Override public void tint(Rect tile, double scale, int fullWidth, int fullHeight, int[] rgb) {
        float[] coverage = new float[(int) tile.area()];
        mask.sample(tile, scale, fullWidth, fullHeight, coverage);
        for (int i = 0; i < coverage.length; i++) {
            if (coverage[i] > 0) rgb[i] = TileTint.mix(rgb[i], RED, GREEN, BLUE, coverage[i] * STRENGTH);
        }
    }
}
