package dev.patina.ui.widgets;

import dev.patina.doc.Layer;
import dev.patina.ops.LayerOverlay;
import dev.patina.ops.Op;
import dev.patina.ui.EditorSession;
import dev.patina.ui.Icons;
import dev.patina.ui.overlay.OverlayColours;
import dev.patina.ui.overlay.OverlayToggles;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The tools above a layer's sliders: the light sphere, the focus picker, and a toggle with its
 * legend for each overlay the op declares (or the op's reason why it cannot be shown now).
 */
final class LayerToolsWidget implements InspectorWidget {
    private final JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, gap 0 6, hidemode 3", "[grow, fill]"));
    private final LightSphere sphere;
    private final JToggleButton pick;
    private final JLabel pickHint = DepthLegend.small("<html>Click the picture where it should be sharp.</html>");
    private final List<OverlayRow> rows = new ArrayList<>();
    private final ChangeListener pickFollow = e -> followPick();

    /** One overlay's toggle, legend and the line shown instead when it is unavailable. */
    private record OverlayRow(LayerOverlay overlay, JCheckBox toggle, JComponent legend, JLabel unavailable, ChangeListener follow) {}

    LayerToolsWidget(EditorSession session, Op op, ButtonModel picking, boolean light, OverlayToggles toggles) {
        panel.setOpaque(false);
        sphere = light ? new LightSphere(session) : null;
        if (sphere != null) {
            JPanel row = new JPanel(new MigLayout("insets 0", "[]12[grow, fill]"));
            row.setOpaque(false);
            row.add(sphere, "w " + LightSphere.SIZE + "!, h " + LightSphere.SIZE + "!");
            row.add(DepthLegend.small("<html>Drag the light around the sphere.</html>"), "top, wmin 0");
            panel.add(row);
        }
        pick = picking == null ? null : new JToggleButton("Pick focus", Icons.get("focus"));
        if (pick != null) {
            pick.setName("tool.pickFocus");
            pick.setModel(picking);
            pick.setToolTipText("Click the picture to set the focus point (F)");
            picking.addChangeListener(pickFollow);
            followPick();
            panel.add(pick, "growx 0");
            panel.add(pickHint, "wmin 0");
        }
        for (LayerOverlay o : op.overlays()) rows.add(row(o, toggles.model(o.id())));
    }

    private void followPick() { pickHint.setVisible(pick.isSelected()); }

    private OverlayRow row(LayerOverlay o, ButtonModel model) {
        JCheckBox toggle = new JCheckBox(o.label());
        toggle.setName("overlay." + o.id());
        toggle.setModel(model);
        toggle.setToolTipText(o.help());
        JComponent legend = legend(o.style());
        JLabel unavailable = DepthLegend.small("");
        unavailable.setName("overlay." + o.id() + ".unavailable");
        ChangeListener follow = e -> legend.setVisible(toggle.isVisible() && toggle.isSelected());
        model.addChangeListener(follow);
        panel.add(toggle, "growx 0");
        panel.add(unavailable, "wmin 0");
        panel.add(legend, "wmin 0");
        return new OverlayRow(o, toggle, legend, unavailable, follow);
    }

    private static JComponent legend(LayerOverlay.Style style) {
        if (style == LayerOverlay.Style.COVERAGE) {
            JLabel l = DepthLegend.small("where it applies");
            l.setIcon(new DepthLegend.Swatch(new Color(OverlayColours.skin(1) & 0xffffff)));
            return l;
        }
        return new DepthLegend(style == LayerOverlay.Style.DEPTH_FOCUS);
    }

    @Override public JComponent component() { return panel; }

    @Override public void show(Layer layer) {
        if (sphere != null) sphere.show(layer);
        for (OverlayRow r : rows) {
            String why = r.overlay().unavailable(layer.params());
            r.toggle().setVisible(why == null);
            r.unavailable().setVisible(why != null);
            r.unavailable().setText(why == null ? "" : "<html>" + why + "</html>");
            r.legend().setVisible(why == null && r.toggle().isSelected());
        }
    }

    @Override public void dispose() {
        if (pick != null) {
            pick.getModel().removeChangeListener(pickFollow);
            pick.setModel(new JToggleButton.ToggleButtonModel());
        }
        for (OverlayRow r : rows) {
            r.toggle().getModel().removeChangeListener(r.follow());
            r.toggle().setModel(new JToggleButton.ToggleButtonModel());
        }
    }
}
