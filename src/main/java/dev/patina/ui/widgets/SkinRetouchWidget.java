package dev.patina.ui.widgets;

import dev.patina.doc.Layer;
import dev.patina.ui.overlay.OverlayColours;
import dev.patina.ui.panels.InspectorWidget;
import net.miginfocom.swing.MigLayout;

import javax.swing.ButtonModel;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.event.ChangeListener;
import java.awt.Color;

/** Skin retouch: show the automatic skin mask the retouch works inside. */
final class SkinRetouchWidget implements InspectorWidget {
    private final JPanel panel = new JPanel(new MigLayout("insets 0, hidemode 3", "[]16[grow]"));
    private final JCheckBox show = new JCheckBox("Show skin mask");
    private final JLabel legend = DepthLegend.small("skin");
    private final ChangeListener follow = e -> legend.setVisible(show.isSelected());

    SkinRetouchWidget(ButtonModel showSkin) {
        show.setName("skin.showMask");
        show.setModel(showSkin);
        show.setToolTipText("Overlay the automatic skin mask; Skin tolerance widens or narrows it");
        legend.setIcon(new DepthLegend.Swatch(new Color(OverlayColours.skin(1) & 0xffffff)));
        panel.setOpaque(false);
        panel.add(show);
        panel.add(legend);
        showSkin.addChangeListener(follow);
        legend.setVisible(show.isSelected());
    }

    @Override public JComponent component() { return panel; }

    @Override public void show(Layer layer) { }

    @Override public void dispose() {
        show.getModel().removeChangeListener(follow);
        show.setModel(new JToggleButton.ToggleButtonModel());
    }
}
