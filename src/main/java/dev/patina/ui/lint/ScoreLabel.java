package dev.patina.ui.lint;

import dev.patina.lint.LintReport;

import javax.swing.JLabel;
import javax.swing.UIManager;
import java.awt.Color;

/** The report's 0..100 score, green, yellow or red in the theme's own shades. */
final class ScoreLabel extends JLabel {
    private LintReport report;

    ScoreLabel() {
        super(" ");
        setName("lint.score");
        putClientProperty("FlatLaf.styleClass", "h4");
        setToolTipText("100 means nothing in the prompt invites the AI look");
        show(null);
    }

    /** The score of {@code r}, or a dash when there is no prompt to score. */
    void show(LintReport r) {
        report = r;
        setText(r == null ? "–" : r.score() + "/100");
        recolour();
    }

    private void recolour() {
        String key = report == null ? "Label.disabledForeground"
            : report.score() >= 80 ? "Actions.Green" : report.score() >= 50 ? "Actions.Yellow" : "Actions.Red";
        Color c = UIManager.getColor(key);
        // a plain Color: the theme's ColorUIResource would be reset to the default by the next updateUI
        if (c != null) setForeground(new Color(c.getRGB(), true));
    }

    /** The colour belongs to the theme, so it is picked again when the theme changes. */
    @Override
    public void updateUI() {
        super.updateUI();
        recolour();
    }
}
