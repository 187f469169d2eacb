package dev.patina.ui.lint;

import dev.patina.lint.Finding;

import com.formdev.flatlaf.ui.FlatUIUtils;

import javax.swing.JTextArea;
import javax.swing.UIManager;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import javax.swing.ToolTipManager;
import java.awt.event.MouseEvent;
import java.util.List;

/**
 * A wrapped text area for a prompt whose tooltip explains the findings under the mouse, so the
 * inline marks can be read without going to the list.
 */
final class PromptArea extends JTextArea {
    private static final int TOOLTIP_WIDTH = 320;

    private String placeholder;
    private List<Finding> findings = List.of();

    PromptArea(String name, int rows, String placeholder) {
        super(rows, 20);
        setName(name);
        setLineWrap(true);
        setWrapStyleWord(true);
        this.placeholder = placeholder;
        ToolTipManager.sharedInstance().registerComponent(this);
    }

    /** The hint shown while empty; FlatLaf paints placeholders for text fields only, not text areas. */
    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (getDocument().getLength() > 0 || placeholder == null) return;
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            FlatUIUtils.setRenderingHints(g2);
            g2.setColor(UIManager.getColor("TextField.placeholderForeground"));
            g2.setFont(getFont());
            Insets in = getInsets();
            FontMetrics fm = g2.getFontMetrics();
            int y = in.top + fm.getAscent();
            int width = getWidth() - in.left - in.right;
            for (String line : Wrap.lines(placeholder, fm, width)) {
                g2.drawString(line, in.left, y);
                y += fm.getHeight();
            }
        } finally {
            g2.dispose();
        }
    }

    void setPlaceholder(String hint) {
        placeholder = hint;
        repaint();
    }

    void setFindings(List<Finding> forThisField) {
        findings = List.copyOf(forThisField);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int offset = viewToModel2D(e.getPoint());
        if (offset < 0) return null;
        StringBuilder html = new StringBuilder();
        for (Finding f : findings) {
            boolean under = f.start() == f.end() ? offset == f.start() : offset >= f.start() && offset < f.end();
            if (!under) continue;
            html.append(html.isEmpty() ? "" : "<hr>").append("<b>").append(Html.escape(f.rule())).append("</b> (")
                .append(f.severity().id()).append(")<br>").append(Html.escape(f.message()));
        }
        return html.isEmpty() ? null : "<html><body style='width:" + TOOLTIP_WIDTH + "px'>" + html + "</body></html>";
    }
}
