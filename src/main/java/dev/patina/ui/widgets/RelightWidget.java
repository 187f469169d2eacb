package dev.patina.ui.widgets;

import dev.patina.doc.Layer;
import dev.patina.ui.EditorSession;
import dev.patina.ui.overlay.OverlaySubject;
import dev.patina.ui.panels.InspectorWidget;
import net.miginfocom.swing.MigLayout;

import javax.swing.ButtonModel;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.event.ChangeListener;

/**
 * Relight: the light-direction sphere, and the depth overlay when the layer has a depth map. Without
 * one the light is shaped from the picture's brightness, so there is no depth to show: the widget
 * says so instead of offering an overlay that would be blank.
 */
final class RelightWidget implements InspectorWidget {
    private final JPanel panel = new JPanel(new MigLayout("insets 0, hidemode 3", "[]12[grow, fill]", "[]"));
    private final LightSphere sphere;
    private final JCheckBox depth = new JCheckBox("Show depth");
    private final JLabel noMap = DepthLegend.small("<html>No depth map: the light follows the picture's "
        + "shading, so there is no depth to show. Choose a map below to light by depth.</html>");
    private final DepthLegend legend = new DepthLegend(false);
    private final ChangeListener follow = e -> follow();
    private boolean hasMap;

    RelightWidget(EditorSession session, ButtonModel showDepth) {
        sphere = new LightSphere(session);
        depth.setName("relight.showDepth");
        depth.setModel(showDepth);
        depth.setToolTipText("Overlay the depth the light shapes: near is bright, far is dark");
        noMap.setName("relight.noDepth");
        JLabel how = DepthLegend.small("<html>Drag the light around the sphere.</html>");
        JPanel side = new JPanel(new MigLayout("insets 0, wrap 1, gap 0 6, hidemode 3", "[grow, fill]"));
        side.setOpaque(false);
        side.add(how, "wmin 0");
        side.add(depth);
        side.add(noMap, "wmin 0");
        side.add(legend);
        panel.setOpaque(false);
        panel.add(sphere, "w " + LightSphere.SIZE + "!, h " + LightSphere.SIZE + "!");
        panel.add(side, "top, wmin 0");
        showDepth.addChangeListener(follow);
    }

    private void follow() {
        depth.setVisible(hasMap);
        noMap.setVisible(!hasMap);
        legend.setVisible(hasMap && depth.isSelected());
    }

    @Override public JComponent component() { return panel; }

    @Override public void show(Layer layer) {
        sphere.show(layer);
        hasMap = OverlaySubject.hasDepthMap(layer);
        follow();
    }

    @Override public void dispose() {
        depth.getModel().removeChangeListener(follow);
        depth.setModel(new JToggleButton.ToggleButtonModel());
    }
}
