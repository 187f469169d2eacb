package dev.patina.ui.panels;

import dev.patina.doc.Layer;
import dev.patina.doc.ImagePoint;
import dev.patina.doc.ParamSpec;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;
import dev.patina.ui.EditorSession;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JTextField;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The selected layer's parameters, generated from its type's declarations: a number becomes a
 * slider with a numeric field and unit, a choice a combo box, a file a field with a chooser, a flag
 * a checkbox. A layer type may add widgets of its own above them (see {@link InspectorWidget}). The
 * controls are rebuilt only when another layer is selected; undo and redo update the values in
 * place, so a drag in progress is never interrupted.
 */
public final class InspectorPanel extends JPanel {
    private final EditorSession session;
    private final SliderDrag drag;
    private final Map<String, Consumer<Object>> showers = new HashMap<>();
    private final Function<Layer, InspectorWidget> widgets;
    private InspectorWidget widget;
    private String shownLayerId;

    /** {@code widgets} gives the extra widgets for a layer, or null when its type has none. */
    public InspectorPanel(EditorSession session, Function<Layer, InspectorWidget> widgets) {
        super(new MigLayout("insets 8, wrap 4, hidemode 3", "[][grow, fill][pref!][14:pref]"));
        this.session = session;
        this.widgets = widgets;
        this.drag = new SliderDrag(session);
        setName("inspector");
        session.addListener(changed -> refresh());
        rebuild(null);
    }

    private void refresh() {
        Layer sel = session.hasImage() ? session.selectedLayer() : null;
        String id = sel == null ? null : sel.id();
        if (!java.util.Objects.equals(id, shownLayerId)) rebuild(sel);
        if (sel != null) {
            for (Map.Entry<String, Object> e : sel.params().values().entrySet()) {
                Consumer<Object> s = showers.get(e.getKey());
                if (s != null) s.accept(e.getValue());
            }
            if (widget != null) widget.show(sel);
        }
    }

    private void rebuild(Layer layer) {
        removeAll();
        showers.clear();
        if (widget != null) widget.dispose();
        widget = null;
        shownLayerId = layer == null ? null : layer.id();
        JLabel title = new JLabel();
        title.putClientProperty("FlatLaf.styleClass", "h4");
        add(title, "span 4");
        if (layer == null) {
            title.setText("Inspector");
            add(new JLabel("<html>Add a layer to start editing.</html>"), "span 4");
        } else {
            Op op = OpRegistry.find(layer.type());
            title.setText(op == null ? layer.type() : op.displayName());
            if (op != null) {
                JLabel about = new JLabel("<html>" + op.description() + "</html>");
                about.putClientProperty("FlatLaf.styleClass", "small");
                add(about, "span 4, wmin 0");
                widget = widgets.apply(layer);
                if (widget != null) add(widget.component(), "span 4, growx, wmin 0, gaptop 4, gapbottom 6");
                for (ParamSpec spec : op.schema().specs()) addEditor(layer.id(), spec);
            }
        }
        revalidate();
        repaint();
    }

    private void addEditor(String layerId, ParamSpec spec) {
        String prefix = "param." + spec.name();
        if (spec instanceof ParamSpec.Number n) {
            NumberEditor ed = new NumberEditor(n, prefix, (v, slider) -> set(layerId, n.name(), v, slider));
            add(ed.label);
            add(ed.slider, "wmin 24");
            add(ed.field);
            add(ed.unit);
            showers.put(n.name(), v -> ed.show(((Number) v).doubleValue()));
        } else if (spec instanceof ParamSpec.Choice c) {
            JComboBox<String> box = new JComboBox<>(c.choices().toArray(String[]::new));
            box.setName(prefix + ".choice");
            box.setToolTipText(c.description());
            box.addActionListener(e -> set(layerId, c.name(), box.getSelectedItem(), null));
            add(label(c), "");
            add(box, "span 3, wmin 0");
            showers.put(c.name(), v -> { if (!v.equals(box.getSelectedItem())) box.setSelectedItem(v); });
        } else if (spec instanceof ParamSpec.FileRef f) {
            JTextField path = new JTextField();
            path.setName(prefix + ".file");
            path.setEditable(false);
            JButton choose = new JButton("…");
            choose.setName(prefix + ".choose");
            choose.addActionListener(e -> {
                JFileChooser fc = new JFileChooser();
                fc.setFileFilter(new FileNameExtensionFilter(f.label(),
                    f.extensions().stream().map(x -> x.replaceFirst("^\\.", "")).toArray(String[]::new)));
                if (fc.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                    set(layerId, f.name(), fc.getSelectedFile().getAbsolutePath(), null);
                }
            });
            add(label(f));
            // A long path must not widen the whole side column: the field shrinks, the tooltip
            // shows all of it.
            add(path, "span 3, split 2, growx, wmin 0");
            add(choose);
            showers.put(f.name(), v -> {
                path.setText((String) v);
                path.setToolTipText(((String) v).isEmpty() ? f.description() : (String) v);
                path.setCaretPosition(0);
            });
        } else if (spec instanceof ParamSpec.Point pt) {
            addPointEditor(layerId, pt, prefix);
        } else if (spec instanceof ParamSpec.Flag fl) {
            JCheckBox box = new JCheckBox(fl.label());
            box.setName(prefix + ".flag");
            box.setToolTipText(fl.description());
            box.addActionListener(e -> set(layerId, fl.name(), box.isSelected(), null));
            add(box, "skip 1, span 3");
            showers.put(fl.name(), v -> box.setSelected((Boolean) v));
        }
    }

    /** A point as two sliders, X and Y, each moving one coordinate of the same param. */
    private void addPointEditor(String layerId, ParamSpec.Point pt, String prefix) {
        NumberEditor[] eds = new NumberEditor[2];
        for (int axis = 0; axis < 2; axis++) {
            int a = axis;
            String label = pt.label() + (a == 0 ? " X" : " Y");
            ParamSpec.Number coord = new ParamSpec.Number(pt.name() + (a == 0 ? ".x" : ".y"), label, 0, 1,
                a == 0 ? pt.defaultPoint().x() : pt.defaultPoint().y(), "",
                pt.description() + (a == 0 ? " (0 = left edge, 1 = right edge)" : " (0 = top, 1 = bottom)"));
            eds[a] = new NumberEditor(coord, prefix + (a == 0 ? ".x" : ".y"), (v, slider) -> {
                Object key = drag.keyFor(slider);
                session.edit(d -> d.withLayerChanged(layerId, l -> {
                    ImagePoint old = l.params().point(pt.name());
                    return l.withParam(pt.name(), a == 0 ? new ImagePoint(v, old.y()) : new ImagePoint(old.x(), v));
                }), key);
                drag.afterChange(slider);
            });
            add(eds[a].label);
            add(eds[a].slider, "wmin 24");
            add(eds[a].field);
            add(eds[a].unit);
        }
        showers.put(pt.name(), v -> {
            eds[0].show(((ImagePoint) v).x());
            eds[1].show(((ImagePoint) v).y());
        });
    }

    private static JComponent label(ParamSpec s) {
        JLabel l = new JLabel(s.label());
        l.setToolTipText(s.description());
        return l;
    }

    private void set(String layerId, String param, Object value, JSlider slider) {
        Object key = slider == null ? null : drag.keyFor(slider);
        session.edit(d -> d.withLayerChanged(layerId, l -> l.withParam(param, value)), key);
        if (slider != null) drag.afterChange(slider);
    }
}
