package dev.patina.ui.lint;

import com.formdev.flatlaf.util.UIScale;
import dev.patina.lint.Severity;

import javax.swing.Icon;
import javax.swing.UIManager;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * The colour and icon of each severity. Colours come from the theme's icon palette and are looked
 * up on every paint, so switching between light and dark repaints in the new theme's colours.
 */
final class SeverityStyle {
    private SeverityStyle() {}

    static Color color(Severity s) {
        Color c = UIManager.getColor(switch (s) {
            case ERROR -> "Actions.Red";
            case WARNING -> "Actions.Yellow";
            case HINT -> "Actions.Blue";
        });
        // Only a non-FlatLaf look and feel lacks the palette; the foreground keeps the text readable there.
        return c != null ? c : UIManager.getColor("Label.foreground");
    }

    /** The same colour, see-through, for a fill behind text. */
    static Color fill(Severity s, int alpha) {
        Color c = color(s);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A small mark whose shape differs by severity too, so colour is not the only cue. */
    static Icon icon(Severity s) {
        return new Mark(s);
    }

    private record Mark(Severity severity) implements Icon {
        private static final int SIZE = 12;

        @Override public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(x, y);
            float s = UIScale.scale((float) SIZE);
            g2.setColor(color(severity));
            switch (severity) {
                case ERROR -> g2.fill(new Ellipse2D.Float(0, 0, s, s));
                case WARNING -> {
                    Path2D.Float t = new Path2D.Float();
                    t.moveTo(s / 2, 0);
                    t.lineTo(s, s);
                    t.lineTo(0, s);
                    t.closePath();
                    g2.fill(t);
                }
                case HINT -> g2.fill(new Ellipse2D.Float(s * 0.2f, s * 0.2f, s * 0.6f, s * 0.6f));
            }
            g2.dispose();
        }

        @Override public int getIconWidth() { return UIScale.scale(SIZE); }

        @Override public int getIconHeight() { return UIScale.scale(SIZE); }
    }
}
