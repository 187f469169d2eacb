package dev.patina.ui.panels;

import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.SceneKind;
import dev.patina.ui.EditorSession;
import dev.patina.ui.Icons;
import dev.patina.ui.canvas.CanvasTool;
import net.miginfocom.swing.MigLayout;

import javax.swing.ButtonGroup;
import javax.swing.ButtonModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JToggleButton;
import java.util.function.Consumer;

/**
 * Mask tools for the selected layer: pan, brush, eraser, linear and radial gradient; the brush's
 * size, hardness and flow; a mask found in the picture (subject, sky, skin, ...) with its expand and
 * feather; show the mask as a red overlay; invert; clear.
 */
public final class MaskPanel extends JPanel {
    private final EditorSession session;
    private final BrushSettings brush;
    private final JToggleButton hand, paint, erase, linear, radial, heal;
    private final ButtonGroup group = new ButtonGroup();
    private final JSlider size = new JSlider(1, 500), hardness = new JSlider(0, 100), flow = new JSlider(1, 100);
    private final JLabel sizeValue = new JLabel();
    private final JButton invert = new JButton("Invert", Icons.get("invert"));
    private final JButton clear = new JButton("Clear", Icons.get("clear"));
    private final JComboBox<String> find = new JComboBox<>();
    private final JSpinner expand = new JSpinner(new SpinnerNumberModel(0.0, -200.0, 200.0, 1.0));
    private final JSpinner feather = new JSpinner(new SpinnerNumberModel(0.0, 0.0, 200.0, 1.0));
    private final JLabel expandLabel = new JLabel("Expand"), featherLabel = new JLabel("Feather");
    private final JLabel findHint = new JLabel("<html>Found in the picture; B adds to it, E takes from it.</html>");
    private boolean showing;

    public MaskPanel(EditorSession session, BrushSettings brush, ButtonModel overlay, Consumer<CanvasTool> useTool) {
        super(new MigLayout("insets 8, wrap 3, hidemode 3", "[][grow, fill][40!]"));
        this.session = session;
        this.brush = brush;
        setName("mask");
        JLabel title = new JLabel("Mask");
        title.putClientProperty("FlatLaf.styleClass", "h4");
        add(title, "span 3");

        hand = tool("fit", "tool.hand", "Pan (drag) — no mask tool", group, () -> useTool.accept(null));
        paint = tool("brush", "tool.brush", "Paint the mask (B)", group, () -> useTool.accept(new BrushTool(session, brush, false)));
        erase = tool("eraser", "tool.eraser", "Erase the mask (E)", group, () -> useTool.accept(new BrushTool(session, brush, true)));
        linear = tool("gradient-linear", "tool.linear", "Linear gradient: drag from full effect to none (G)", group,
            () -> useTool.accept(new GradientTool(session, false)));
        radial = tool("gradient-radial", "tool.radial", "Radial gradient: drag from the centre outwards (R)", group,
            () -> useTool.accept(new GradientTool(session, true)));
        heal = tool("heal", "tool.heal", "Heal: paint over what gives the picture away; it is filled from around it when you let go (H)",
            group, () -> useTool.accept(new HealTool(session, brush)));
        hand.setSelected(true);
        JPanel tools = new JPanel(new MigLayout("insets 0, gap 2"));
        for (JToggleButton b : new JToggleButton[] {hand, paint, erase, linear, radial, heal}) tools.add(b);
        add(tools, "span 3");

        size.setName("brush.size");
        hardness.setName("brush.hardness");
        flow.setName("brush.flow");
        size.addChangeListener(e -> brush.setRadius(size.getValue()));
        hardness.addChangeListener(e -> brush.setHardness(hardness.getValue() / 100.0));
        flow.addChangeListener(e -> brush.setFlow(flow.getValue() / 100.0));
        add(new JLabel("Size"));
        add(size);
        add(sizeValue);
        add(new JLabel("Hardness"));
        add(hardness, "span 2");
        add(new JLabel("Flow"));
        add(flow, "span 2");
        brush.addListener(this::showBrush);
        showBrush();

        addFind();

        JCheckBox show = new JCheckBox("Show overlay");
        show.setName("mask.overlay");
        show.setModel(overlay);
        add(show, "span 3");
        invert.setName("mask.invert");
        clear.setName("mask.clear");
        invert.addActionListener(e -> changeMask(m -> m == null ? null : m.withInverted(!m.inverted())));
        clear.addActionListener(e -> changeMask(m -> null));
        add(invert, "span 3, split 2, growx");
        add(clear, "growx");
        session.addListener(changed -> refresh());
        refresh();
    }

    /**
     * Find a mask in the picture instead of painting it: subject, background, sky, skin, face or
     * eyes, with how far to grow (or shrink) it and how softly its edge falls off.
     */
    private void addFind() {
        find.setName("mask.find");
        find.addItem("Paint or gradient");
        for (SceneKind k : SceneKind.values()) find.addItem(label(k));
        find.setToolTipText("Let Patina find the mask in the picture; it follows when the layers below change");
        find.addActionListener(e -> {
            if (showing) return;
            int i = find.getSelectedIndex();
            changeMask(m -> i <= 0 ? (m instanceof Mask.Scene ? null : m) : withKind(m, SceneKind.values()[i - 1]));
        });
        expand.setName("mask.expand");
        feather.setName("mask.feather");
        expand.setToolTipText("Grows the found mask by this many pixels of the full image (negative shrinks it)");
        feather.setToolTipText("Softens the found mask's edge over this many pixels of the full image");
        expand.addChangeListener(e -> changeScene(s -> new Mask.Scene(s.kind(), s.inverted(), number(expand), s.feather(), s.hint(), s.include(), s.exclude())));
        feather.addChangeListener(e -> changeScene(s -> new Mask.Scene(s.kind(), s.inverted(), s.expand(), number(feather), s.hint(), s.include(), s.exclude())));
        findHint.putClientProperty("FlatLaf.styleClass", "small");
        add(new JLabel("Find"));
        add(find, "span 2, wmin 0");
        add(expandLabel);
        add(expand, "span 2, split 3, w 70!");
        add(featherLabel, "gapleft 8");
        add(feather, "w 70!");
        add(findHint, "span 3, wmin 0");
    }

    private static String label(SceneKind k) {
        return Character.toUpperCase(k.id().charAt(0)) + k.id().substring(1);
    }

    private static double number(JSpinner s) { return ((Number) s.getValue()).doubleValue(); }

    private static Mask withKind(Mask m, SceneKind kind) {
        if (m instanceof Mask.Scene s) return new Mask.Scene(kind, s.inverted(), s.expand(), s.feather(), s.hint(), s.include(), s.exclude());
        return Mask.Scene.of(kind);
    }

    private void changeScene(java.util.function.UnaryOperator<Mask.Scene> change) {
        if (showing) return;
        changeMask(m -> m instanceof Mask.Scene s ? change.apply(s) : m);
    }

    private JToggleButton tool(String icon, String name, String tip, ButtonGroup group, Runnable onSelect) {
        JToggleButton b = new JToggleButton(Icons.get(icon));
        b.setName(name);
        b.setToolTipText(tip);
        b.putClientProperty("JButton.buttonType", "toolBarButton");
        b.addActionListener(e -> onSelect.run());
        group.add(b);
        return b;
    }

    public void selectBrush() { paint.doClick(); }

    public void selectEraser() { erase.doClick(); }

    public void selectLinear() { linear.doClick(); }

    public void selectRadial() { radial.doClick(); }

    public void selectHand() { hand.doClick(); }

    public void selectHeal() { heal.doClick(); }

    /** The canvas tool changed (maybe chosen elsewhere, as the focus picker): show which of ours is active, if any. */
    public void showTool(CanvasTool t) {
        if (t == null) hand.setSelected(true);
        else if (!(t instanceof BrushTool || t instanceof GradientTool || t instanceof HealTool)) group.clearSelection();
    }

    private void showBrush() {
        int r = (int) Math.round(brush.radius());
        if (size.getMaximum() < r) size.setMaximum(r);
        if (size.getValue() != r) size.setValue(r);
        hardness.setValue((int) Math.round(brush.hardness() * 100));
        flow.setValue((int) Math.round(brush.flow() * 100));
        sizeValue.setText(r + " px");
    }

    private void changeMask(java.util.function.UnaryOperator<Mask> change) {
        Layer sel = session.selectedLayer();
        if (sel == null) return;
        session.edit(d -> d.withLayerChanged(sel.id(), l -> l.withMask(change.apply(l.mask()))), null);
    }

    private void refresh() {
        Layer sel = session.hasImage() ? session.selectedLayer() : null;
        invert.setEnabled(sel != null && sel.mask() != null);
        clear.setEnabled(sel != null && sel.mask() != null);
        find.setEnabled(sel != null);
        showing = true;
        Mask.Scene scene = sel != null && sel.mask() instanceof Mask.Scene s ? s : null;
        find.setSelectedIndex(scene == null ? 0 : scene.kind().ordinal() + 1);
        if (scene != null) {
            expand.setValue(scene.expand());
            feather.setValue(scene.feather());
        }
        showing = false;
        for (java.awt.Component c : new java.awt.Component[] {expand, feather, expandLabel, featherLabel, findHint}) c.setVisible(scene != null);
    }
}
