package dev.patina.ui.widgets;

import dev.patina.ui.overlay.OverlayColours;
import net.miginfocom.swing.MigLayout;

import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics;

/** How to read the depth overlay: the colour ramp from far to near, and (for depth of field) the in-focus colour. */
final class DepthLegend extends JPanel {

    DepthLegend(boolean inFocus) {
        super(new MigLayout("insets 0, gap 4 2, hidemode 3", "[][grow, fill][]"));
        setOpaque(false);
        add(small("far"));
        add(new Ramp(), "h 8!, wmin 40");
        add(small("near"), "wrap");
        if (inFocus) {
            JLabel focus = small("in focus");
            focus.setIcon(new Swatch(new Color(OverlayColours.depthOverlay(0, true) & 0xffffff)));
            add(focus, "span 3");
        }
    }

    static JLabel small(String text) {
        JLabel l = new JLabel(text);
        l.putClientProperty("FlatLaf.styleClass", "small");
        return l;
    }

    /** The ramp, far on the left. */
    private static final class Ramp extends JComponent {
        @Override public Dimension getPreferredSize() { return new Dimension(120, 8); }

        @Override protected void paintComponent(Graphics g) {
            int w = getWidth(), h = getHeight();
            for (int x = 0; x < w; x++) {
                g.setColor(new Color(OverlayColours.depth(x / (double) Math.max(1, w - 1)) & 0xffffff));
                g.fillRect(x, 0, 1, h);
            }
        }
    }

    /** A small square of one colour, for a legend entry. */
    record Swatch(Color colour) implements Icon {
        @Override public void paintIcon(Component c, Graphics g, int x, int y) {
            g.setColor(colour);
            g.fillRect(x, y + 1, 10, 10);
        }

        @Override public int getIconWidth() { return 10; }

        @Override public int getIconHeight() { return 12; }
    }
}
