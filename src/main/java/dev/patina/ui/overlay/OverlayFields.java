package dev.patina.ui.overlay;

import dev.patina.ops.LayerOverlay;

/** Colours of an overlay's values, by the style its op declares. */
final class OverlayFields {
    private OverlayFields() {}

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
