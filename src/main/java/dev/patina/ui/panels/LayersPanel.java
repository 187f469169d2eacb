package dev.patina.ui.panels;

import dev.patina.doc.BlendMode;
import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;
import dev.patina.ui.EditorSession;
import dev.patina.ui.Icons;
import net.miginfocom.swing.MigLayout;

import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.DropMode;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.TransferHandler;
import java.awt.Component;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;

/**
 * The layer stack, top layer first as in Photoshop: add, duplicate, delete, drag to reorder, click
 * the eye to show or hide, and below the list the selected layer's name, visibility, opacity and
 * blend mode.
 */
public final class LayersPanel extends JPanel {
    private static final int EYE_WIDTH = 24;

    private final EditorSession session;
    private final LayerEdits edits;
    private final DefaultListModel<Layer> model = new DefaultListModel<>();
    private final JList<Layer> list = new JList<>(model);
    private final JTextField name = new JTextField();
    private final JCheckBox visible = new JCheckBox("Visible");
    private final JSlider opacity = new JSlider(0, 100, 100);
    private final JLabel opacityValue = new JLabel("100%");
    private final JComboBox<BlendMode> blend = new JComboBox<>(BlendMode.values());
    private final SliderDrag opacityDrag;
    private boolean updating;
    private String shownId;

    public LayersPanel(EditorSession session, LayerEdits edits) {
        super(new MigLayout("insets 8, fill, wrap 1", "[grow, fill]", "[][grow, fill][]"));
        this.session = session;
        this.edits = edits;
        this.opacityDrag = new SliderDrag(session);
        setName("layers");
        add(toolbar());
        list.setName("layers.list");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Row());
        list.setDragEnabled(true);
        list.setDropMode(DropMode.INSERT);
        list.setTransferHandler(new Reorder());
        list.addListSelectionListener(e -> {
            if (updating || e.getValueIsAdjusting()) return;
            Layer l = list.getSelectedValue();
            if (l != null) session.select(l.id());
        });
        list.addMouseListener(new MouseAdapter() {
            @Override public void mouseClicked(MouseEvent e) {
                int i = list.locationToIndex(e.getPoint());
                if (i < 0 || !list.getCellBounds(i, i).contains(e.getPoint())) return;
                Layer l = model.get(i);
                if (e.getX() - list.getCellBounds(i, i).x < EYE_WIDTH) {
                    session.edit(d -> d.withLayerChanged(l.id(), x -> x.withEnabled(!x.enabled())), null);
                } else if (e.getClickCount() == 2) {
                    name.requestFocusInWindow();
                    name.selectAll();
                }
            }
        });
        add(new JScrollPane(list), "h 120:200:");
        add(properties());
        session.addListener(changed -> refresh());
        refresh();
    }

    private JComponent toolbar() {
        JPanel bar = new JPanel(new MigLayout("insets 0, gap 2", "[grow][][][]"));
        JLabel title = new JLabel("Layers");
        title.putClientProperty("FlatLaf.styleClass", "h4");
        bar.add(title);
        JButton add = iconButton("add", "layers.add", "Add a layer");
        add.addActionListener(e -> addMenu().show(add, 0, add.getHeight()));
        bar.add(add);
        JButton dup = iconButton("duplicate", "layers.duplicate", "Duplicate the selected layer");
        dup.addActionListener(e -> edits.duplicateSelected());
        bar.add(dup);
        JButton del = iconButton("delete", "layers.delete", "Delete the selected layer (Delete)");
        del.addActionListener(e -> edits.deleteSelected());
        bar.add(del);
        return bar;
    }

    private JPopupMenu addMenu() {
        JPopupMenu menu = new JPopupMenu();
        menu.setName("layers.addMenu");
        for (Op op : OpRegistry.all()) {
            JMenuItem item = new JMenuItem(op.displayName());
            item.setName("layers.add." + op.id());
            item.setToolTipText(op.description());
            item.addActionListener(e -> edits.add(op));
            menu.add(item);
        }
        return menu;
    }

    static JButton iconButton(String icon, String componentName, String tip) {
        JButton b = new JButton(Icons.get(icon));
        b.setName(componentName);
        b.setToolTipText(tip);
        b.putClientProperty("JButton.buttonType", "toolBarButton");
        return b;
    }

    private JComponent properties() {
        JPanel p = new JPanel(new MigLayout("insets 0, wrap 3", "[][grow, fill][40!]"));
        name.setName("layer.name");
        name.addActionListener(e -> rename());
        name.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override public void focusLost(java.awt.event.FocusEvent e) { rename(); }
        });
        p.add(new JLabel("Name"));
        p.add(name, "span 2");
        visible.setName("layer.visible");
        visible.addActionListener(e -> changeSelected(l -> l.withEnabled(visible.isSelected()), null));
        p.add(visible, "skip 1, span 2");
        opacity.setName("layer.opacity");
        opacity.addChangeListener(e -> {
            opacityValue.setText(opacity.getValue() + "%");
            if (updating) return;
            changeSelected(l -> l.withOpacity(opacity.getValue() / 100.0), opacityDrag.keyFor(opacity));
            opacityDrag.afterChange(opacity);
        });
        p.add(new JLabel("Opacity"));
        p.add(opacity);
        p.add(opacityValue);
        blend.setName("layer.blend");
        blend.setRenderer(new DefaultListCellRenderer() {
            @Override public Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, v instanceof BlendMode m ? blendLabel(m) : v, i, s, f);
            }
        });
        blend.addActionListener(e -> {
            if (!updating && blend.getSelectedItem() instanceof BlendMode m) changeSelected(l -> l.withBlend(m), null);
        });
        p.add(new JLabel("Blend"));
        p.add(blend, "span 2");
        return p;
    }

    static String blendLabel(BlendMode m) {
        String id = m.id().replace('-', ' ');
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    private void rename() {
        if (updating) return;
        String n = name.getText().trim();
        Layer sel = session.selectedLayer();
        if (sel != null && !n.isEmpty() && !n.equals(sel.name())) changeSelected(l -> l.withName(n), null);
    }

    private void changeSelected(java.util.function.UnaryOperator<Layer> change, Object mergeKey) {
        Layer sel = session.selectedLayer();
        if (sel != null) session.edit(d -> d.withLayerChanged(sel.id(), change), mergeKey);
    }

    private void refresh() {
        updating = true;
        try {
            List<Layer> layers = session.hasImage() ? session.document().layers() : List.of();
            model.clear();
            for (int i = layers.size() - 1; i >= 0; i--) model.addElement(layers.get(i));
            Layer sel = session.hasImage() ? session.selectedLayer() : null;
            if (sel != null) list.setSelectedValue(sel, true);
            else list.clearSelection();
            boolean has = sel != null;
            for (JComponent c : new JComponent[] {name, visible, opacity, blend}) c.setEnabled(has);
            if (has) {
                // Never overwrite what the user is typing, unless another layer was selected.
                if (!name.isFocusOwner() || !sel.id().equals(shownId)) name.setText(sel.name());
                visible.setSelected(sel.enabled());
                if (!opacity.getValueIsAdjusting()) opacity.setValue((int) Math.round(sel.opacity() * 100));
                blend.setSelectedItem(sel.blend());
            } else {
                name.setText("");
            }
            shownId = sel == null ? null : sel.id();
        } finally {
            updating = false;
        }
    }

    /** One row: eye, name, and the layer type in a quieter colour. */
    private static final class Row extends DefaultListCellRenderer {
        @Override public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean sel, boolean focus) {
            Layer layer = (Layer) value;
            String type = OpRegistry.find(layer.type()) == null ? layer.type() : OpRegistry.find(layer.type()).displayName();
            // The type is shown only when the name does not already say it.
            String detail = (layer.name().equals(type) ? "" : type) + (layer.mask() == null ? "" : " · mask");
            super.getListCellRendererComponent(l, "<html>" + escape(layer.name())
                + " <font color='#888888'>" + escape(detail.replaceFirst("^ · ", "")) + "</font></html>", index, sel, focus);
            setIcon(Icons.get(layer.enabled() ? "eye" : "eye-off"));
            setIconTextGap(EYE_WIDTH - 16);
            setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
            return this;
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;");
        }
    }

    /** Drag a row to a new place in the stack; one undo step. */
    private final class Reorder extends TransferHandler {
        @Override public int getSourceActions(JComponent c) { return MOVE; }

        @Override protected Transferable createTransferable(JComponent c) {
            Layer l = list.getSelectedValue();
            return l == null ? null : new StringSelection(l.id());
        }

        @Override public boolean canImport(TransferSupport s) {
            return s.isDrop() && s.isDataFlavorSupported(DataFlavor.stringFlavor);
        }

        @Override public boolean importData(TransferSupport s) {
            if (!canImport(s)) return false;
            try {
                String id = (String) s.getTransferable().getTransferData(DataFlavor.stringFlavor);
                int row = ((JList.DropLocation) s.getDropLocation()).getIndex();
                moveToRow(id, row);
                return true;
            } catch (Exception e) {
                return false;
            }
        }
    }

    /** Moves a layer so that it lands before display row {@code row} (rows are top layer first). */
    void moveToRow(String id, int row) {
        Document doc = session.document();
        int n = doc.layers().size();
        int from = doc.indexOf(id);
        if (from < 0) return;
        int fromRow = n - 1 - from;
        if (row > fromRow) row--;
        int target = n - 1 - Math.max(0, Math.min(row, n - 1));
        session.edit(d -> d.withLayerMoved(id, target), null);
    }
}
