package dev.patina.ui.canvas;

import java.awt.Graphics2D;

/** Something the user does with the mouse on the picture (paint a mask, drag a gradient). Coordinates are full-resolution image pixels. */
public interface CanvasTool {
    void pressed(double x, double y);

    void dragged(double x, double y);

    void released(double x, double y);

    /** The pointer moved without a button (to draw the brush outline). */
    default void hovered(double x, double y) {}

    /** Draws the tool's guides over the picture; g paints in device pixels. */
    default void paintGuides(Graphics2D g, Viewport vp) {}
}
