package dev.patina.ui.panels;

import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import java.util.Locale;

/** Bottom line: a message, the pointer's position in image pixels, the zoom and render progress. */
public final class StatusBar extends JPanel {
    private final JLabel message = new JLabel(" ");
    private final JLabel position = new JLabel(" ");
    private final JLabel zoom = new JLabel(" ");
    private final JProgressBar progress = new JProgressBar();

    public StatusBar() {
        super(new MigLayout("insets 2 8 2 8", "[grow][120!][70!][120!]"));
        setName("status");
        message.setName("status.message");
        position.setName("status.position");
        zoom.setName("status.zoom");
        progress.setName("status.progress");
        progress.setStringPainted(false);
        add(message, "wmin 0");
        add(position);
        add(zoom);
        add(progress, "growx");
    }

    public void setMessage(String text) { message.setText(text == null || text.isEmpty() ? " " : text); }

    public void setPointer(int x, int y, boolean inside) {
        position.setText(inside ? x + ", " + y + " px" : " ");
    }

    public void setZoom(double z) { zoom.setText(String.format(Locale.ROOT, "%.0f%%", z * 100)); }

    public void setProgress(int done, int total) {
        progress.setMaximum(Math.max(1, total));
        progress.setValue(done);
        progress.setToolTipText("Rendering: " + done + " of " + total + " tiles");
    }
}
