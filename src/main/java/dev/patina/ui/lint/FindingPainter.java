package dev.patina.ui.lint;

import com.formdev.flatlaf.util.UIScale;
import dev.patina.lint.Severity;

import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.Position;
import javax.swing.text.View;
import java.awt.BasicStroke;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;

/**
 * Paints one finding's span: a faint fill in the severity's colour and a wavy underline, the way
 * editors mark spelling and compiler problems. The finding the user picked in the list is filled
 * more strongly, so it stays visible when the text area does not have the focus (an unfocused
 * text area hides its selection). Insertion points have no width to paint under; {@link PromptArea}
 * marks those.
 */
final class FindingPainter extends DefaultHighlighter.DefaultHighlightPainter {
    private static final int FILL_ALPHA = 40;
    private static final int CURRENT_FILL_ALPHA = 110;

    private final Severity severity;
    private final boolean current;

    FindingPainter(Severity severity, boolean current) {
        super(null);
        this.severity = severity;
        this.current = current;
    }

    @Override
    public Shape paintLayer(Graphics g, int offs0, int offs1, Shape bounds, JTextComponent c, View view) {
        Rectangle r = spanBounds(offs0, offs1, bounds, view);
        if (r == null) return null;
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(SeverityStyle.fill(severity, current ? CURRENT_FILL_ALPHA : FILL_ALPHA));
            g2.fillRect(r.x, r.y, r.width, r.height);
            paintWave(g2, r);
        } finally {
            g2.dispose();
        }
        return r;
    }

    private static Rectangle spanBounds(int offs0, int offs1, Shape bounds, View view) {
        if (offs0 == view.getStartOffset() && offs1 == view.getEndOffset()) {
            return bounds instanceof Rectangle r ? r : bounds.getBounds();
        }
        try {
            Shape s = view.modelToView(offs0, Position.Bias.Forward, offs1, Position.Bias.Backward, bounds);
            return s instanceof Rectangle r ? r : s.getBounds();
        } catch (BadLocationException | IllegalArgumentException e) {
            return null; // the text changed under a stale highlight; the next lint replaces it
        }
    }

    private void paintWave(Graphics2D g, Rectangle r) {
        float amp = UIScale.scale(1.5f);
        float step = UIScale.scale(3f);
        float y = r.y + r.height - amp - UIScale.scale(0.5f);
        Path2D.Float wave = new Path2D.Float();
        wave.moveTo(r.x, y);
        boolean up = true;
        for (float x = r.x + step; x <= r.x + r.width + step / 2; x += step, up = !up) {
            wave.lineTo(Math.min(x, r.x + r.width), up ? y - amp : y + amp);
        }
        g.setColor(SeverityStyle.color(severity));
        g.setStroke(new BasicStroke(UIScale.scale(current ? 1.6f : 1.1f)));
        g.draw(wave);
    }
}
