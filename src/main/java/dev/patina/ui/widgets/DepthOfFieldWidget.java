package dev.patina.ui.widgets;

import dev.patina.doc.Layer;
import dev.patina.ui.Icons;
import dev.patina.ui.panels.InspectorWidget;
import net.miginfocom.swing.MigLayout;

import javax.swing.ButtonModel;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.event.ChangeListener;

/** Depth of field: pick the focus point on the picture, and show the depth the blur follows. */
final class DepthOfFieldWidget implements InspectorWidget {
    private final JPanel panel = new JPanel(new MigLayout("insets 0, wrap 2, hidemode 3", "[]16[grow]"));
    private final JToggleButton pick = new JToggleButton("Pick focus", Icons.get("focus"));
    private final JCheckBox depth = new JCheckBox("Show depth");
    private final JLabel hint = DepthLegend.small("<html>Click the picture where it should be sharp.</html>");
    private final DepthLegend legend = new DepthLegend(true);
    private final ChangeListener follow = e -> follow();

    DepthOfFieldWidget(ButtonModel picking, ButtonModel showDepth) {
        pick.setName("dof.pickFocus");
        pick.setModel(picking);
        pick.setToolTipText("Click the picture to set the focus point (F)");
        depth.setName("dof.showDepth");
        depth.setModel(showDepth);
        depth.setToolTipText("Overlay the depth the blur follows: near is bright, far is dark; green is in focus");
        panel.setOpaque(false);
        panel.add(pick);
        panel.add(depth);
        panel.add(hint, "span 2, wmin 0");
        panel.add(legend, "span 2, growx");
        picking.addChangeListener(follow);
        showDepth.addChangeListener(follow);
        follow();
    }

    private void follow() {
        hint.setVisible(pick.isSelected());
        legend.setVisible(depth.isSelected());
    }

    @Override public JComponent component() { return panel; }

    @Override public void show(Layer layer) { }

    @Override public void dispose() {
        pick.getModel().removeChangeListener(follow);
        depth.getModel().removeChangeListener(follow);
        pick.setModel(new JToggleButton.ToggleButtonModel());
        depth.setModel(new JToggleButton.ToggleButtonModel());
    }
}
