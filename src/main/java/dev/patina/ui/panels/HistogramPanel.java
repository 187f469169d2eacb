package dev.patina.ui.panels;

import javax.swing.JComponent;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;

/**
 * Red, green and blue histograms of the rendered preview (what is on screen, as 8-bit sRGB),
 * overlaid additively like Lightroom's, on a square-root scale so shadows and highlights still show
 * next to a tall midtone peak.
 */
public final class HistogramPanel extends JComponent {
    private int[] counts;

    public HistogramPanel() {
        setName("histogram");
        setPreferredSize(new Dimension(260, 110));
        setToolTipText("Histogram of the preview (red, green, blue)");
    }

    /** Counts: red 0..255, green 256..511, blue 512..767. */
    public void setCounts(int[] c) {
        counts = c.clone();
        repaint();
    }

    public int[] counts() { return counts == null ? null : counts.clone(); }

    @Override protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        int w = getWidth(), h = getHeight();
        g.setColor(new Color(0x1e1e1e));
        g.fillRoundRect(0, 0, w, h, 8, 8);
        if (counts != null) {
            double max = 1;
            for (int i = 0; i < 768; i++) if (i % 256 != 0 && i % 256 != 255) max = Math.max(max, Math.sqrt(counts[i]));
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
            Color[] colours = {new Color(0xff4040), new Color(0x40ff40), new Color(0x4080ff)};
            for (int c = 0; c < 3; c++) {
                Polygon p = new Polygon();
                p.addPoint(4, h - 4);
                for (int i = 0; i < 256; i++) {
                    double v = Math.min(1, Math.sqrt(counts[c * 256 + i]) / max);
                    p.addPoint(4 + (int) Math.round(i * (w - 8) / 255.0), h - 4 - (int) Math.round(v * (h - 8)));
                }
                p.addPoint(w - 4, h - 4);
                g.setColor(colours[c]);
                g.fillPolygon(p);
            }
        }
        g.dispose();
    }
}
