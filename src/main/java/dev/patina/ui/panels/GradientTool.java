package dev.patina.ui.panels;

import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.ui.EditorSession;
import dev.patina.ui.canvas.CanvasTool;
import dev.patina.ui.canvas.Viewport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;

/**
 * Drags a gradient mask onto the selected layer. Linear: full effect where the drag starts, none
 * where it ends (Lightroom's graduated filter). Radial: full effect at the centre where the drag
 * starts, fading out at the circle through the pointer. One drag is one undo step.
 */
public final class GradientTool implements CanvasTool {
    /** The outer half of the radius fades, so a radial mask reads as a soft spotlight. */
    private static final double RADIAL_FEATHER = 0.5;
    private final EditorSession session;
    private final boolean radial;
    private double x0, y0, x1, y1;
    private Object drag;

    public GradientTool(EditorSession session, boolean radial) {
        this.session = session;
        this.radial = radial;
    }

    public boolean isRadial() { return radial; }

    @Override public void pressed(double x, double y) {
        drag = new Object();
        x0 = x1 = x;
        y0 = y1 = y;
    }

    @Override public void dragged(double x, double y) {
        if (drag == null) return;
        x1 = x;
        y1 = y;
        apply();
    }

    @Override public void released(double x, double y) {
        if (drag == null) return;
        x1 = x;
        y1 = y;
        if (Math.hypot(x1 - x0, y1 - y0) >= 2) apply();
        drag = null;
        session.sealStep();
    }

    private void apply() {
        Layer layer = session.selectedLayer();
        if (layer == null || Math.hypot(x1 - x0, y1 - y0) < 1) return;
        double w = session.image().width(), h = session.image().height();
        Mask mask;
        if (radial) {
            double r = Math.hypot(x1 - x0, y1 - y0);
            mask = new Mask.RadialGradient(x0 / w, y0 / h, r / w, r / h, RADIAL_FEATHER, false);
        } else {
            mask = new Mask.LinearGradient(x0 / w, y0 / h, x1 / w, y1 / h, false);
        }
        session.edit(d -> d.withLayerChanged(layer.id(), l -> l.withMask(mask)), drag);
    }

    @Override public void paintGuides(Graphics2D g, Viewport vp) {
        if (drag == null) return;
        double ax = vp.toDeviceX(x0), ay = vp.toDeviceY(y0), bx = vp.toDeviceX(x1), by = vp.toDeviceY(y1);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {4, 4}, 0));
        g.setColor(Color.WHITE);
        if (radial) {
            double r = Math.hypot(bx - ax, by - ay);
            g.draw(new Ellipse2D.Double(ax - r, ay - r, 2 * r, 2 * r));
            g.draw(new Ellipse2D.Double(ax - r / 2, ay - r / 2, r, r));
        } else {
            g.draw(new Line2D.Double(ax, ay, bx, by));
        }
    }
}
