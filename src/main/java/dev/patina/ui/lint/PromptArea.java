package dev.patina.ui.lint;

import com.formdev.flatlaf.ui.FlatUIUtils;
import com.formdev.flatlaf.util.UIScale;
import dev.patina.lint.Finding;

import javax.swing.JTextArea;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.event.MouseEvent;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A wrapped text area for a prompt that knows the findings on its text: its tooltip explains the
 * findings under the mouse (so the marks can be read without the list), it marks insertion
 * points, and it shows a hint while empty.
 */
final class PromptArea extends JTextArea {
    private static final int TOOLTIP_WIDTH = 320;

    private String placeholder;
    private List<Finding> findings = List.of();
    private Finding current;

    PromptArea(String name, int rows, String placeholder) {
        super(rows, 20);
        setName(name);
        setLineWrap(true);
        setWrapStyleWord(true);
        this.placeholder = placeholder;
        ToolTipManager.sharedInstance().registerComponent(this);
    }

    /**
     * "Add a film stock here" points between characters, where a highlight has nothing to paint:
     * a small wedge under the text line marks the spot.
     */
    private void paintInsertionMarks(Graphics g) {
        Graphics2D g2 = null;
        try {
            for (Finding f : findings) {
                if (f.start() != f.end() || f.start() > getDocument().getLength()) continue;
                if (g2 == null) {
                    g2 = (Graphics2D) g.create();
                    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                }
                Rectangle2D at = modelToView2D(f.start());
                if (at == null) continue;
                float w = UIScale.scale(f.equals(current) ? 5f : 3.5f);
                float x = (float) at.getX(), bottom = (float) at.getMaxY();
                Path2D.Float wedge = new Path2D.Float();
                wedge.moveTo(x, bottom - w * 1.4f);
                wedge.lineTo(x + w, bottom);
                wedge.lineTo(x - w, bottom);
                wedge.closePath();
                g2.setColor(SeverityStyle.color(f.severity()));
                g2.fill(wedge);
            }
        } catch (BadLocationException e) {
            // a stale finding past the text; the next lint replaces it
        } finally {
            if (g2 != null) g2.dispose();
        }
    }

    /** The hint shown while empty; FlatLaf paints placeholders for text fields only, not text areas. */
    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        paintInsertionMarks(g);
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

    /** The findings on this area's text and the one picked in the list (or null), for tooltips and insertion marks. */
    void setFindings(List<Finding> forThisField, Finding picked) {
        findings = List.copyOf(forThisField);
        current = picked;
        repaint();
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
