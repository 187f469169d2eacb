package dev.patina.ui.lint;

import dev.patina.lint.Finding;

import javax.swing.text.BadLocationException;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps one text area's finding highlights in step with the latest report. Only the tags it added
 * are removed again, so the text selection (also a highlight) is left alone.
 */
final class FindingHighlights {
    private final JTextComponent text;
    private final List<Object> tags = new ArrayList<>();

    private List<Finding> shown = List.of();
    private Finding shownCurrent;

    FindingHighlights(JTextComponent text) {
        this.text = text;
        // A theme switch gives the text area a new highlighter: put the marks on the new one.
        text.addPropertyChangeListener("highlighter", e -> {
            tags.clear();
            show(shown, shownCurrent);
        });
    }

    /** Shows {@code findings} (all for this area's field); {@code current} is drawn stronger, or null. */
    void show(List<Finding> findings, Finding current) {
        shown = findings;
        shownCurrent = current;
        Highlighter h = text.getHighlighter();
        if (h == null) return;
        for (Object tag : tags) h.removeHighlight(tag);
        tags.clear();
        int length = text.getDocument().getLength();
        for (Finding f : findings) {
            if (f.end() > length) continue; // stale: the text is shorter than when it was linted
            if (f.start() == f.end()) continue; // an insertion point: PromptArea marks those
            try {
                tags.add(h.addHighlight(f.start(), f.end(), new FindingPainter(f.severity(), f.equals(current))));
            } catch (BadLocationException e) {
                // cannot happen after the length check; a missing mark is better than a broken panel
            }
        }
    }
}
