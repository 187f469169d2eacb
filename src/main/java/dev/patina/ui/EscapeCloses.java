package dev.patina.ui;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.KeyStroke;
import java.awt.event.ActionEvent;

/** Escape closes a dialog without applying anything (as its Cancel would), as every desktop dialog does. */
final class EscapeCloses {
    private EscapeCloses() {}

    static void install(JDialog dialog) {
        JComponent root = dialog.getRootPane();
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke("ESCAPE"), "close");
        root.getActionMap().put("close", new AbstractAction() {
            @Override public void actionPerformed(ActionEvent e) { dialog.dispose(); }
        });
    }
}
