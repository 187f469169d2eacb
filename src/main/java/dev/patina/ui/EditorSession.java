package dev.patina.ui;

import dev.patina.doc.Document;
import dev.patina.doc.History;
import dev.patina.doc.Layer;
import dev.patina.ui.files.LoadedImage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The state of one editing session, owned by the Swing thread: the opened original, the document
 * and its undo history, the selected layer, the project file and whether there are unsaved
 * changes. Panels change it only through {@link #edit}, so every change is undoable and observed.
 */
public final class EditorSession {
    /** How many undo steps are kept; documents share unchanged parts, so steps are cheap. */
    private static final int UNDO_LIMIT = 200;

    public interface Listener {
        /** The document, the selection or the file changed; {@code imageChanged} when a new original was opened. */
        void sessionChanged(boolean imageChanged);
    }

    private final List<Listener> listeners = new ArrayList<>();
    private LoadedImage image;
    private History history;
    private Document saved;
    private Path projectFile;
    private String selectedLayerId;

    public void addListener(Listener l) { listeners.add(l); }

    public boolean hasImage() { return image != null; }

    public LoadedImage image() { return image; }

    public Document document() { return history.current(); }

    public Path projectFile() { return projectFile; }

    public boolean isDirty() { return history != null && !document().equals(saved); }

    /** Starts editing {@code doc} over {@code img}; {@code project} is the file it came from, or null. */
    public void open(LoadedImage img, Document doc, Path project, boolean fromSavedState) {
        image = img;
        history = new History(doc, UNDO_LIMIT);
        saved = fromSavedState ? doc : null;
        projectFile = project;
        selectedLayerId = doc.layers().isEmpty() ? null : doc.layers().get(doc.layers().size() - 1).id();
        fire(true);
    }

    /** Applies an edit as an undo step; edits with the same merge key in a row are one step. */
    public void edit(UnaryOperator<Document> change, Object mergeKey) {
        if (history == null) return;
        Document next = change.apply(document());
        if (next.equals(document())) return;
        history.push(next, mergeKey);
        fixSelection();
        fire(false);
    }

    /** Ends the current merge (a slider was released), so the next change is a new step. */
    public void sealStep() {
        if (history != null) history.seal();
    }

    public boolean canUndo() { return history != null && history.canUndo(); }

    public boolean canRedo() { return history != null && history.canRedo(); }

    public void undo() {
        if (!canUndo()) return;
        history.undo();
        fixSelection();
        fire(false);
    }

    public void redo() {
        if (!canRedo()) return;
        history.redo();
        fixSelection();
        fire(false);
    }

    public void markSaved(Path project) {
        saved = document();
        projectFile = project;
        fire(false);
    }

    public Layer selectedLayer() {
        return selectedLayerId == null || history == null ? null : document().layer(selectedLayerId);
    }

    public void select(String layerId) {
        if (java.util.Objects.equals(layerId, selectedLayerId)) return;
        selectedLayerId = layerId;
        history.seal();
        fire(false);
    }

    /** After undo or a removal the selected layer may be gone: select the top one instead. */
    private void fixSelection() {
        List<Layer> ls = document().layers();
        if (selectedLayerId != null && document().layer(selectedLayerId) != null) return;
        selectedLayerId = ls.isEmpty() ? null : ls.get(ls.size() - 1).id();
    }

    private void fire(boolean imageChanged) {
        for (Listener l : List.copyOf(listeners)) l.sessionChanged(imageChanged);
    }
}
