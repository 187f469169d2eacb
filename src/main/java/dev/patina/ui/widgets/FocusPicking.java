package dev.patina.ui.widgets;

import dev.patina.doc.ImagePoint;
import dev.patina.doc.Layer;
import dev.patina.ui.EditorSession;
import dev.patina.ui.canvas.CanvasView;

import javax.swing.ButtonModel;
import javax.swing.JToggleButton;

/**
 * The focus picker's on/off state and the focus marker. The toggle is on exactly while the canvas
 * tool is the focus picker (another tool chosen in the mask panel turns it off), it can only be on
 * while a layer with a focus point is selected, and that layer's focus point is marked on the picture
 * whenever it is selected.
 */
public final class FocusPicking {
    private final EditorSession session;
    private final CanvasView canvas;
    private final JToggleButton.ToggleButtonModel model = new JToggleButton.ToggleButtonModel();

    public FocusPicking(EditorSession session, CanvasView canvas) {
        this.session = session;
        this.canvas = canvas;
        model.addItemListener(e -> {
            if (model.isSelected()) {
                if (focusLayer() == null) model.setSelected(false);
                else if (!(canvas.tool() instanceof FocusPickTool)) canvas.setTool(new FocusPickTool(session));
            } else if (canvas.tool() instanceof FocusPickTool) {
                canvas.setTool(null);
            }
        });
        canvas.addPropertyChangeListener("tool", e -> model.setSelected(e.getNewValue() instanceof FocusPickTool));
        session.addListener(changed -> sync());
    }

    /** The picker's on/off state, for the inspector's toggle. */
    public ButtonModel model() { return model; }

    /** Turns the picker on or off (the F key); does nothing unless a layer with a focus point is selected. */
    public void toggle() {
        if (focusLayer() != null) model.setSelected(!model.isSelected());
    }

    private Layer focusLayer() {
        return session.hasImage() ? FocusPickTool.withFocus(session.selectedLayer()) : null;
    }

    private void sync() {
        Layer layer = focusLayer();
        if (layer == null && model.isSelected()) model.setSelected(false);
        if (layer == null) {
            canvas.setMarker(null);
            return;
        }
        ImagePoint focus = layer.params().point(FocusPickTool.focusParam(layer));
        canvas.setMarker(new FocusMarker(focus.x(), focus.y()));
    }
}
