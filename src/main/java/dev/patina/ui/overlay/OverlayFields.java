package dev.patina.ui.overlay;

import dev.patina.ops.LayerOverlay;

/** Colours of an overlay's values, by the style its op declares. */
final class OverlayFields {
    private OverlayFields() {}

    /** A layer mask (w x h at {@code scale}) in the mask overlay's colour, as opaque as it applies. */
    static ColourField mask(dev.patina.doc.Mask mask, int w, int h, double scale, int fullWidth, int fullHeight) {
        float[] v = new float[w * h];
        mask.sample(dev.patina.image.Rect.of(w, h), scale, fullWidth, fullHeight, v);
        int[] argb = new int[v.length];
        for (int i = 0; i < v.length; i++) argb[i] = OverlayColours.mask(v[i]);
        return new ColourField(w, h, argb);
    }

    static ColourField colours(LayerOverlay.Style style, LayerOverlay.Field f) {
        float[] v = f.values();
        int[] argb = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            argb[i] = switch (style) {
                case DEPTH_FOCUS -> OverlayColours.depthOverlay(v[i], f.inFocus()[i]);
                case DEPTH -> OverlayColours.depthOverlay(v[i], false);
                case COVERAGE -> OverlayColours.skin(v[i]);
            };
        }
        return new ColourField(f.width(), f.height(), argb);
    }
}
