package dev.patina.ui.lint;

import javax.swing.text.BadLocationException;
import javax.swing.text.Document;

/**
 * Puts new text into a document by replacing only the part that differs, so the caret, the
 * scroll position and the undo step stay local to what a fix changed.
 */
final class TextSplice {
    private TextSplice() {}

    /** Returns the changed range in the new text as {start, end}. */
    static int[] replace(Document doc, String newText) {
        try {
            String old = doc.getText(0, doc.getLength());
            int prefix = 0;
            int max = Math.min(old.length(), newText.length());
            while (prefix < max && old.charAt(prefix) == newText.charAt(prefix)) prefix++;
            int suffix = 0;
            while (suffix < max - prefix
                && old.charAt(old.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) suffix++;
            int removed = old.length() - prefix - suffix;
            String inserted = newText.substring(prefix, newText.length() - suffix);
            if (removed > 0) doc.remove(prefix, removed);
            if (!inserted.isEmpty()) doc.insertString(prefix, inserted, null);
            return new int[] {prefix, prefix + inserted.length()};
        } catch (BadLocationException e) {
            throw new IllegalStateException(e); // offsets come from the document itself
        }
    }
}
