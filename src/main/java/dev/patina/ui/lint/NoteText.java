package dev.patina.ui.lint;

import javax.swing.JTextArea;
import javax.swing.UIManager;
import java.awt.Font;

/**
 * Secondary text that wraps instead of being cut off with "…" in the narrow side column: the model
 * note ("Flux: T5 window; negative prompt ignored") must be read in full.
 */
final class NoteText extends JTextArea {
    NoteText(String name) {
        setName(name);
        setEditable(false);
        setFocusable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setOpaque(false);
        setBorder(null);
    }

    /** Colour and size come from the theme, so they are set again when it changes. */
    @Override
    public void updateUI() {
        super.updateUI();
        setForeground(UIManager.getColor("Label.disabledForeground"));
        Font small = UIManager.getFont("small.font");
        if (small != null) setFont(small);
    }
}
