package dev.patina.ui.panels;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.ops.Op;
import dev.patina.ui.EditorSession;

/** Layer-stack edits shared by the layers panel, the menus and the shortcuts. */
public final class LayerEdits {
    private final EditorSession session;

    public LayerEdits(EditorSession session) { this.session = session; }

    /** Adds a layer of this type just above the selected one (or on top) and selects it. */
    public void add(Op op) {
        if (!session.hasImage()) return;
        Layer layer = Layer.of(op.displayName(), op.schema().defaults());
        Layer sel = session.selectedLayer();
        Document doc = session.document();
        int at = sel == null ? doc.layers().size() : doc.indexOf(sel.id()) + 1;
        session.edit(d -> d.withLayerAt(at, layer), null);
        session.select(layer.id());
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
