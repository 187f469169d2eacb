package dev.patina.ui.panels;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.ParamRole;
import dev.patina.doc.ParamSpec;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.StackPlace;
import dev.patina.ui.EditorSession;

/** Layer-stack edits shared by the layers panel, the menus and the shortcuts. */
public final class LayerEdits {
    private final EditorSession session;

    public LayerEdits(EditorSession session) { this.session = session; }

    /**
     * Adds a layer of this type at its natural place in the stack ({@link Op#place()}) and selects it. On a
     * portrait, a layer with a focus point starts focused on the nearer eye of the largest face,
     * and one that works on a subject or on skin starts with that found as its mask ({@link Op#portraitMask()}).
     */
    public void add(Op op) {
        if (!session.hasImage()) return;
        Layer layer = Layer.of(op.displayName(), op.schema().defaults());
        ParamSpec focus = op.schema().spec(ParamRole.FOCUS);
        boolean portrait = session.image().eyes().focus().isPresent();
        if (focus != null && portrait) layer = layer.withParam(focus.name(), session.image().eyes().focus().get());
        if (portrait && op.portraitMask().isPresent()) layer = layer.withMask(Mask.Scene.of(op.portraitMask().get()));
        var scale = session.image().eyes().faceScale();
        if (op.schema().spec(ParamRole.FACE_SCALE) instanceof ParamSpec.Number faceScale && scale.isPresent()) layer = layer.withParam(faceScale.name(), faceScale.clamp(scale.get()));
        Layer added = layer;
        int at = naturalIndex(session.document(), op.place());
        session.edit(d -> d.withLayerAt(at, added), null);
        session.select(added.id());
    }

    /**
     * Where a layer of this place goes: above every layer whose place is at or below it, so grain
     * stays on top and a repair goes under the light, whatever the user moved since.
     */
    static int naturalIndex(Document doc, StackPlace place) {
        int at = 0;
        for (int i = 0; i < doc.layers().size(); i++) {
            Op other = OpRegistry.find(doc.layers().get(i).type());
            StackPlace p = other == null ? StackPlace.TONE : other.place();
            if (p.compareTo(place) <= 0) at = i + 1;
        }
        return at;
    }

    public void duplicateSelected() {
        Layer sel = session.selectedLayer();
        if (sel == null) return;
        Layer copy = sel.withId(Layer.newId()).withName(sel.name() + " copy");
        int at = session.document().indexOf(sel.id()) + 1;
        session.edit(d -> d.withLayerAt(at, copy), null);
        session.select(copy.id());
    }

    public void deleteSelected() {
        Layer sel = session.selectedLayer();
        if (sel == null) return;
        session.edit(d -> d.withLayerRemoved(sel.id()), null);
    }
}
