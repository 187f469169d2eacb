package dev.patina.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Undo/redo as a list of whole documents (they share unchanged layers and mask tiles, so each step
 * is small). Consecutive edits with the same non-null merge key (one slider drag) replace the top
 * entry instead of adding one, so a drag is one undo step.
 */
public final class History {
    private final List<Document> states = new ArrayList<>();
    private final int limit;
    private int current;
    private Object lastMergeKey;

    public History(Document initial, int limit) {
        states.add(initial);
        this.limit = Math.max(2, limit);
    }

    public Document current() { return states.get(current); }

    /** Records an edit. A null mergeKey never merges. */
    public void push(Document doc, Object mergeKey) {
        if (doc.equals(current())) return;
        while (states.size() > current + 1) states.remove(states.size() - 1);
        if (mergeKey != null && Objects.equals(mergeKey, lastMergeKey) && current > 0) {
            states.set(current, doc);
        } else {
            states.add(doc);
            current++;
            if (states.size() > limit) { states.remove(0); current--; }
        }
        lastMergeKey = mergeKey;
    }

    /** Ends merging: the next edit starts a new step even with the same key. */
    public void seal() { lastMergeKey = null; }

    public boolean canUndo() { return current > 0; }

    public boolean canRedo() { return current < states.size() - 1; }

    public Document undo() {
        if (canUndo()) current--;
        lastMergeKey = null;
        return current();
    }

    public Document redo() {
        if (canRedo()) current++;
        lastMergeKey = null;
        return current();
    }

    /** Replaces the whole history with one state (after opening a file). */
    public void reset(Document doc) {
        states.clear();
        states.add(doc);
        current = 0;
        lastMergeKey = null;
    }
}
