package dev.patina.ui.widgets;

import dev.patina.ui.canvas.CanvasGuide;
import dev.patina.ui.canvas.Viewport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/**
 * The depth-of-field focus point on the picture: a small ring with four ticks, white over a dark
 * outline so it reads on any picture and any overlay. {@code x, y} are fractions of the image.
 */
record FocusMarker(double x, double y) implements CanvasGuide {
    /** Sizes in points; multiplied by the screen's scale. */
    private static final double RING = 6, TICK_IN = 9, TICK_OUT = 15;

    @Override public void paint(Graphics2D g0, Viewport vp) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            double s = g.getDeviceConfiguration().getDefaultTransform().getScaleX();
            double cx = vp.toDeviceX(x * vp.imageWidth()), cy = vp.toDeviceY(y * vp.imageHeight());
            Path2D.Double shape = new Path2D.Double();
            shape.append(new Ellipse2D.Double(cx - RING * s, cy - RING * s, 2 * RING * s, 2 * RING * s), false);
            shape.append(new Line2D.Double(cx - TICK_OUT * s, cy, cx - TICK_IN * s, cy), false);
            shape.append(new Line2D.Double(cx + TICK_IN * s, cy, cx + TICK_OUT * s, cy), false);
            shape.append(new Line2D.Double(cx, cy - TICK_OUT * s, cx, cy - TICK_IN * s), false);
            shape.append(new Line2D.Double(cx, cy + TICK_IN * s, cx, cy + TICK_OUT * s), false);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0, 0, 0, 160));
            g.setStroke(new BasicStroke((float) (3.5 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (1.5 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        } finally {
            g.dispose();
        }
    }
}
