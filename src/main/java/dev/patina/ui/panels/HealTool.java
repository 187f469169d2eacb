package dev.patina.ui.panels;

import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.MaskRaster;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;
import dev.patina.ui.EditorSession;
import dev.patina.ui.canvas.CanvasTool;
import dev.patina.ui.canvas.Viewport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Heal: paint over what gives the picture away (a bad hand, a stray object) and it is filled from
 * its surroundings when the stroke ends, as Photoshop's healing brush. The stroke goes into the
 * mask of the selected layer when that layer fills its mask ({@link Op#fillsMask()}); otherwise a
 * new such layer is made for it. The stroke is drawn over the picture while it is painted and
 * becomes the hole on release, in one edit: one undo step, and one fill, not one per dab. Several
 * strokes in the same layer add to its hole.
 */
public final class HealTool implements CanvasTool {
    private static final Color STROKE = new Color(255, 70, 70, 110);
    private final EditorSession session;
    private final BrushSettings brush;
    private final List<double[]> dabs = new ArrayList<>();
    private double lastX = Double.NaN, lastY = Double.NaN, hoverX = Double.NaN, hoverY = Double.NaN;
    private boolean painting;

    public HealTool(EditorSession session, BrushSettings brush) {
        this.session = session;
        this.brush = brush;
    }

    /** The layer type that fills its mask, if this build has one. */
    static Op healer() {
        for (Op op : OpRegistry.all()) if (op.fillsMask()) return op;
        return null;
    }

    @Override public void pressed(double x, double y) {
        if (!session.hasImage() || healer() == null) return;
        painting = true;
        dabs.clear();
        dabs.add(new double[] {x, y});
        lastX = x;
        lastY = y;
    }

    @Override public void dragged(double x, double y) {
        hoverX = x;
        hoverY = y;
        if (!painting) return;
        double spacing = Math.max(1, brush.radius() / 4), dist = Math.hypot(x - lastX, y - lastY);
        int n = (int) Math.floor(dist / spacing);
        for (int i = 1; i <= n; i++) {
            double t = i * spacing / dist;
            dabs.add(new double[] {lastX + (x - lastX) * t, lastY + (y - lastY) * t});
        }
        if (n > 0) {
            lastX = dabs.get(dabs.size() - 1)[0];
            lastY = dabs.get(dabs.size() - 1)[1];
        }
    }

    @Override public void released(double x, double y) {
        if (!painting) return;
        painting = false;
        dragged(x, y);
        Layer target = healingLayer();
        int w = session.image().width(), h = session.image().height();
        double[] xs = new double[dabs.size()], ys = new double[dabs.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = dabs.get(i)[0];
            ys[i] = dabs.get(i)[1];
        }
        MaskRaster hole = target != null && target.mask() instanceof Mask.Painted p && !p.inverted()
            && p.raster().width() == w && p.raster().height() == h ? p.raster() : MaskRaster.filled(w, h, 0);
        // A hard edge: the fill takes over where the stroke was, and the layer passes the rest through.
        Mask stroke = new Mask.Painted(hole.withDabs(xs, ys, brush.radius(), 1, 1, 1), false);
        // One edit for the stroke (and the layer it needs): one undo step, one fill.
        if (target != null) {
            session.edit(d -> d.withLayerChanged(target.id(), l -> l.withMask(stroke)), null);
        } else {
            Op op = healer();
            Layer layer = Layer.of(op.displayName(), op.schema().defaults()).withMask(stroke);
            int at = LayerEdits.naturalIndex(session.document(), op.place());
            session.edit(d -> d.withLayerAt(at, layer), null);
            session.select(layer.id());
        }
        session.sealStep();
        dabs.clear();
    }

    /** The selected layer when it fills its mask, else null (the stroke gets a new one). */
    private Layer healingLayer() {
        Layer sel = session.selectedLayer();
        Op op = sel == null ? null : OpRegistry.find(sel.type());
        return op != null && op.fillsMask() ? sel : null;
    }

    @Override public void hovered(double x, double y) {
        hoverX = x;
        hoverY = y;
    }

    @Override public void paintGuides(Graphics2D g, Viewport vp) {
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        double r = brush.radius() * vp.zoom();
        if (painting) {
            g.setColor(STROKE);
            for (double[] d : dabs) {
                double cx = vp.toDeviceX(d[0]), cy = vp.toDeviceY(d[1]);
                g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            }
        }
        if (Double.isNaN(hoverX)) return;
        double cx = vp.toDeviceX(hoverX), cy = vp.toDeviceY(hoverY);
        g.setStroke(new BasicStroke(3f));
        g.setColor(new Color(0, 0, 0, 120));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setStroke(new BasicStroke(1f));
        g.setColor(new Color(255, 200, 120));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }
}
