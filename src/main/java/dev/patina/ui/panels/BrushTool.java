package dev.patina.ui.panels;

import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.MaskRaster;
import dev.patina.ui.EditorSession;
import dev.patina.ui.canvas.CanvasTool;
import dev.patina.ui.canvas.Viewport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/**
 * Paints (or erases) the selected layer's mask. A layer without a mask applies everywhere: the
 * brush's first stroke starts from an empty mask, so it reveals the layer only where it paints,
 * like Lightroom's local brush, and the eraser's from a full one, so it removes the layer only where
 * it erases. A gradient mask is turned into pixels first, so strokes refine it rather than replace
 * it. Dabs are laid a quarter radius apart along the pointer's path; one stroke is one undo step.
 */
public final class BrushTool implements CanvasTool {
    private final EditorSession session;
    private final BrushSettings brush;
    private final boolean erase;
    private double lastX = Double.NaN, lastY = Double.NaN, hoverX = Double.NaN, hoverY = Double.NaN;
    private Object stroke;

    public BrushTool(EditorSession session, BrushSettings brush, boolean erase) {
        this.session = session;
        this.brush = brush;
        this.erase = erase;
    }

    public boolean erases() { return erase; }

    @Override public void pressed(double x, double y) {
        stroke = new Object();
        lastX = x;
        lastY = y;
        dab(new double[] {x}, new double[] {y});
    }

    @Override public void dragged(double x, double y) {
        hoverX = x;
        hoverY = y;
        if (stroke == null) return;
        double spacing = Math.max(1, brush.radius() / 4);
        double dist = Math.hypot(x - lastX, y - lastY);
        int n = (int) Math.floor(dist / spacing);
        if (n == 0) return;
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            double t = (i + 1) * spacing / dist;
            xs[i] = lastX + (x - lastX) * t;
            ys[i] = lastY + (y - lastY) * t;
        }
        lastX = xs[n - 1];
        lastY = ys[n - 1];
        dab(xs, ys);
    }

    @Override public void released(double x, double y) {
        stroke = null;
        session.sealStep();
    }

    @Override public void hovered(double x, double y) {
        hoverX = x;
        hoverY = y;
    }

    private void dab(double[] xs, double[] ys) {
        Layer layer = session.selectedLayer();
        if (layer == null) return;
        int w = session.image().width(), h = session.image().height();
        if (layer.mask() instanceof Mask.Scene scene) {
            Mask refined = stroke(scene, w, h, xs, ys);
            session.edit(d -> d.withLayerChanged(layer.id(), l -> l.withMask(refined)), stroke);
            return;
        }
        Mask.Painted painted = layer.mask() instanceof Mask.Painted p && p.raster().width() == w && p.raster().height() == h
            ? p : new Mask.Painted(startingRaster(layer.mask(), w, h, erase), false);
        // On an inverted mask the raster holds the opposite of what the user sees.
        double target = (erase ? 0 : 1);
        if (painted.inverted()) target = 1 - target;
        MaskRaster next = painted.raster().withDabs(xs, ys, brush.radius(), brush.hardness(), brush.flow(), target);
        Mask mask = new Mask.Painted(next, painted.inverted());
        session.edit(d -> d.withLayerChanged(layer.id(), l -> l.withMask(mask)), stroke);
    }

    /**
     * A stroke on a scene mask goes into its hints, not into a frozen bitmap, so the mask still
     * follows the picture: the brush adds to what it includes, the eraser to what it excludes (and
     * each takes the stroke out of the other, so a later stroke always wins).
     */
    private Mask.Scene stroke(Mask.Scene scene, int w, int h, double[] xs, double[] ys) {
        MaskRaster include = fitting(scene.include(), w, h), exclude = fitting(scene.exclude(), w, h);
        double r = brush.radius(), hard = brush.hardness(), flow = brush.flow();
        boolean add = erase == scene.inverted(); // on an inverted mask the eraser reveals the subject
        MaskRaster into = (add ? include : exclude).withDabs(xs, ys, r, hard, flow, 1);
        MaskRaster other = (add ? exclude : include).withDabs(xs, ys, r, hard, flow, 0);
        return add ? scene.withStrokes(into, other) : scene.withStrokes(other, into);
    }

    private static MaskRaster fitting(MaskRaster m, int w, int h) {
        return m != null && m.width() == w && m.height() == h ? m : MaskRaster.filled(w, h, 0);
    }

    /** What a stroke on a layer without a painted mask starts from: the mask it has, in pixels. */
    static MaskRaster startingRaster(Mask mask, int w, int h, boolean erase) {
        if (mask == null) return MaskRaster.filled(w, h, erase ? 1 : 0);
        float[] values = new float[w * h];
        mask.sample(dev.patina.image.Rect.of(w, h), 1, w, h, values);
        short[] q = new short[values.length];
        for (int i = 0; i < q.length; i++) q[i] = (short) Math.round(Math.max(0, Math.min(1, values[i])) * 65535);
        return MaskRaster.fromValues(w, h, q);
    }

    @Override public void paintGuides(Graphics2D g, Viewport vp) {
        if (Double.isNaN(hoverX)) return;
        double r = brush.radius() * vp.zoom();
        double cx = vp.toDeviceX(hoverX), cy = vp.toDeviceY(hoverY);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        // A dark and a light ring stay visible on any picture.
        g.setStroke(new BasicStroke(3f));
        g.setColor(new Color(0, 0, 0, 120));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setStroke(new BasicStroke(1f));
        g.setColor(erase ? new Color(255, 180, 180) : Color.WHITE);
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        double inner = r * brush.hardness();
        if (inner > 2) g.draw(new Ellipse2D.Double(cx - inner, cy - inner, 2 * inner, 2 * inner));
    }
}
