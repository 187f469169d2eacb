package dev.patina.ui.canvas;

import java.awt.Graphics2D;

/** A mark drawn over the picture that belongs to the selected layer, not to a tool (the focus point). */
@FunctionalInterface
public interface CanvasGuide {
    /** Draws over the picture; g paints in device pixels, vp maps image pixels to them. */
    void paint(Graphics2D g, Viewport vp);
}
