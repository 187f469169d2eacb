package dev.patina.ui.lint;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;
import javax.swing.undo.CannotUndoException;
import javax.swing.undo.CannotRedoException;
import javax.swing.undo.CompoundEdit;
import javax.swing.undo.UndoManager;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

/**
 * Undo for typing and fixes in a prompt area. Bound on the area itself, so while it has the focus
 * Ctrl+Z undoes text and does not reach Edit › Undo, which undoes layer edits.
 */
final class TextUndo {
    private final UndoManager history = new UndoManager();
    private CompoundEdit group;

    TextUndo(JTextComponent text) {
        text.getDocument().addUndoableEditListener(e -> {
            if (group != null) group.addEdit(e.getEdit());
            else history.addEdit(e.getEdit());
        });
        int cmd = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        bind(text, KeyStroke.getKeyStroke(KeyEvent.VK_Z, cmd), "patina.text.undo", () -> {
            if (history.canUndo()) history.undo();
        });
        bind(text, KeyStroke.getKeyStroke(KeyEvent.VK_Z, cmd | InputEvent.SHIFT_DOWN_MASK), "patina.text.redo", () -> {
            if (history.canRedo()) history.redo();
        });
        bind(text, KeyStroke.getKeyStroke(KeyEvent.VK_Y, cmd), "patina.text.redo", null);
    }

    /** Runs a change made of several document edits (a fix: remove, then insert) as one undo step. */
    void asOneStep(Runnable change) {
        group = new CompoundEdit();
        try {
            change.run();
        } finally {
            group.end();
            history.addEdit(group);
            group = null;
        }
    }

    /** Forgets the history: a newly opened image's prompt is not an edit of the previous one. */
    void clear() {
        history.discardAllEdits();
    }

    private static void bind(JTextComponent c, KeyStroke key, String name, Runnable action) {
        c.getInputMap(JComponent.WHEN_FOCUSED).put(key, name);
        if (action == null) return;
        c.getActionMap().put(name, new AbstractAction() {
            @Override public void actionPerformed(ActionEvent e) {
                try {
                    action.run();
                } catch (CannotUndoException | CannotRedoException ignored) {
                    // nothing left to undo: like the menu item, do nothing
                }
            }
        });
    }
}
