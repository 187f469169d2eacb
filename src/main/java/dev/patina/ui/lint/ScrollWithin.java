package dev.patina.ui.lint;

import javax.swing.JComponent;
import javax.swing.JViewport;
import java.awt.Point;
import java.awt.Rectangle;

/**
 * Scrolls a component inside its own scroll pane only. {@code scrollRectToVisible} would also
 * scroll every scroll pane around it: the editor's whole side column would jump down to this
 * panel each time a lint arrives, taking the layers out of view.
 */
final class ScrollWithin {
    private ScrollWithin() {}

    /** Makes {@code r} (in {@code view}'s coordinates) visible vertically in the viewport holding {@code view}. */
    static void reveal(JComponent view, Rectangle r) {
        if (r == null || !(view.getParent() instanceof JViewport port)) return;
        Rectangle visible = port.getViewRect();
        int y = visible.y;
        if (r.y < visible.y) y = r.y;
        else if (r.y + r.height > visible.y + visible.height) y = r.y + r.height - visible.height;
        int maxY = Math.max(0, view.getHeight() - visible.height);
        y = Math.max(0, Math.min(y, maxY));
        if (y != visible.y) port.setViewPosition(new Point(visible.x, y));
    }
}
