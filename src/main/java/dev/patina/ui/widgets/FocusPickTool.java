package dev.patina.ui.widgets;

import dev.patina.doc.Layer;
import dev.patina.doc.ImagePoint;
import dev.patina.doc.ParamRole;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;
import dev.patina.ui.EditorSession;
import dev.patina.ui.canvas.CanvasTool;

/**
 * Puts the selected layer's focus point where the user clicks (or drags to) on the
 * picture, as Photoshop's Lens Blur focus picker does. A click, or a press and drag, is one undo
 * step. Presses outside the picture are ignored; a drag that leaves it keeps the point on its edge.
 */
final class FocusPickTool implements CanvasTool {
    private final EditorSession session;
    private Object drag;

    FocusPickTool(EditorSession session) { this.session = session; }

    @Override public void pressed(double x, double y) {
        if (!session.hasImage() || focusLayer() == null) return;
        if (x < 0 || y < 0 || x >= session.image().width() || y >= session.image().height()) return;
        drag = new Object();
        set(x, y);
    }

    @Override public void dragged(double x, double y) {
        if (drag != null) set(x, y);
    }

    @Override public void released(double x, double y) {
        if (drag == null) return;
        set(x, y);
        drag = null;
        session.sealStep();
    }

    private Layer focusLayer() { return withFocus(session.selectedLayer()); }

    /** The layer itself when its op has a focus point param, else null. */
    static Layer withFocus(Layer layer) {
        if (layer == null) return null;
        Op op = OpRegistry.find(layer.type());
        return op != null && LayerWidgets.hasFocus(op.schema()) ? layer : null;
    }

    /** The name of the layer's focus point param. */
    static String focusParam(Layer layer) {
        return layer.params().schema().spec(ParamRole.FOCUS).name();
    }

    /** Sets the focus to image pixel (x, y) as fractions of the picture, kept inside it. */
    private void set(double x, double y) {
        Layer layer = focusLayer();
        if (layer == null) return;
        double fx = fraction(x, session.image().width()), fy = fraction(y, session.image().height());
        ImagePoint p = new ImagePoint(fx, fy);
        session.edit(d -> d.withLayerChanged(layer.id(), l -> l.withParam(focusParam(l), p)), drag);
    }

    /** Pixel to fraction of the size, at the pixel's position, rounded to 1/10000 (the params' precision in the inspector). */
    static double fraction(double pixel, int size) {
        double f = Math.max(0, Math.min(1, pixel / size));
        return Math.round(f * 1e4) / 1e4;
    }
}
