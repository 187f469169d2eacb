package dev.patina.ui;

import dev.patina.ops.Op;

import javax.swing.AbstractAction;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;

/**
 * The menu bar, with the shortcuts Lightroom and Photoshop users expect. Single-key shortcuts
 * (B, E, [, ], Delete) are ignored while a text field has the focus, so typing a layer name does
 * not switch tools.
 */
final class EditorMenus {
    private static final int CMD = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
    private final EditorFrame f;
    private JMenu recent;
    private JMenuItem undo, redo;

    EditorMenus(EditorFrame frame) { this.f = frame; }

    JMenuBar build() {
        JMenuBar bar = new JMenuBar();
        bar.add(fileMenu());
        bar.add(editMenu());
        bar.add(layerMenu());
        bar.add(viewMenu());
        bar.add(helpMenu());
        return bar;
    }

    private JMenu fileMenu() {
        JMenu m = menu("File", 'F', "menu.file");
        m.add(item("Open…", "file.open", key(KeyEvent.VK_O, CMD), f::chooseAndOpen, "open"));
        recent = menu("Open Recent", 'R', "file.recent");
        m.add(recent);
        m.addSeparator();
        m.add(item("Save Project", "file.save", key(KeyEvent.VK_S, CMD), () -> f.saveProject(false), "save"));
        m.add(item("Save Project As…", "file.saveAs", key(KeyEvent.VK_S, CMD | InputEvent.SHIFT_DOWN_MASK), () -> f.saveProject(true), null));
        m.add(item("Export…", "file.export", key(KeyEvent.VK_E, CMD), f::exportDialog, "export"));
        m.addSeparator();
        m.add(item("Quit", "file.quit", key(KeyEvent.VK_Q, CMD), f::quit, null));
        return m;
    }

    private JMenu editMenu() {
        JMenu m = menu("Edit", 'E', "menu.edit");
        undo = item("Undo", "edit.undo", key(KeyEvent.VK_Z, CMD), () -> f.session().undo(), "undo");
        redo = item("Redo", "edit.redo", key(KeyEvent.VK_Z, CMD | InputEvent.SHIFT_DOWN_MASK), () -> f.session().redo(), "redo");
        m.add(undo);
        m.add(redo);
        // Ctrl+Y as well: Windows users expect it.
        bindExtra(redo, key(KeyEvent.VK_Y, CMD), () -> f.session().redo());
        m.addSeparator();
        m.add(item("Preferences…", "edit.preferences", key(KeyEvent.VK_COMMA, CMD), f::preferencesDialog, null));
        return m;
    }

    private JMenu layerMenu() {
        JMenu m = menu("Layer", 'L', "menu.layer");
        JMenu add = menu("Add", 'A', "layer.add");
        for (Op op : EditorFrame.layerTypes()) {
            JMenuItem it = item(op.displayName(), "layer.add." + op.id(), null, () -> f.edits().add(op), null);
            it.setToolTipText(op.description());
            add.add(it);
        }
        m.add(add);
        m.add(item("Duplicate", "layer.duplicate", key(KeyEvent.VK_J, CMD), () -> f.edits().duplicateSelected(), "duplicate"));
        m.add(item("Delete", "layer.delete", key(KeyEvent.VK_DELETE, 0), notTyping(() -> f.edits().deleteSelected()), "delete"));
        m.addSeparator();
        m.add(item("Apply Preset…", "layer.applyPreset", null, f::applyPresetDialog, "preset"));
        m.add(item("Save Stack as Preset…", "layer.savePreset", null, f::savePresetDialog, null));
        m.addSeparator();
        m.add(item("Brush", "tool.brushItem", key(KeyEvent.VK_B, 0), notTyping(() -> f.maskPanel().selectBrush()), "brush"));
        m.add(item("Eraser", "tool.eraserItem", key(KeyEvent.VK_E, 0), notTyping(() -> f.maskPanel().selectEraser()), "eraser"));
        m.add(item("Linear Gradient", "tool.linearItem", key(KeyEvent.VK_G, 0), notTyping(() -> f.maskPanel().selectLinear()), "gradient-linear"));
        m.add(item("Radial Gradient", "tool.radialItem", key(KeyEvent.VK_R, 0), notTyping(() -> f.maskPanel().selectRadial()), "gradient-radial"));
        m.add(item("Pan Tool", "tool.handItem", null, notTyping(() -> f.maskPanel().selectHand()), null));
        m.add(item("Heal", "tool.healItem", key(KeyEvent.VK_H, 0), notTyping(() -> f.maskPanel().selectHeal()), "heal"));
        m.add(item("Pick Focus Point", "tool.focusItem", key(KeyEvent.VK_F, 0), notTyping(() -> f.focusPicking().toggle()), "focus"));
        m.add(item("Smaller Brush", "brush.smaller", key(KeyEvent.VK_OPEN_BRACKET, 0), notTyping(() -> f.brush().shrink()), null));
        m.add(item("Larger Brush", "brush.larger", key(KeyEvent.VK_CLOSE_BRACKET, 0), notTyping(() -> f.brush().grow()), null));
        return m;
    }

    private JMenu viewMenu() {
        JMenu m = menu("View", 'V', "menu.view");
        m.add(item("Fit", "view.fit", key(KeyEvent.VK_0, CMD), () -> f.canvas().fit(), "fit"));
        m.add(item("100%", "view.actual", key(KeyEvent.VK_1, CMD), () -> f.canvas().actualPixels(), null));
        JMenuItem in = item("Zoom In", "view.zoomIn", key(KeyEvent.VK_EQUALS, CMD), () -> f.canvas().zoomBy(Math.sqrt(2)), "zoom-in");
        m.add(in);
        // Ctrl+Plus on keyboards (and keypads) where = is not the plus key.
        bindExtra(in, key(KeyEvent.VK_ADD, CMD), () -> f.canvas().zoomBy(Math.sqrt(2)));
        bindExtra(in, key(KeyEvent.VK_PLUS, CMD), () -> f.canvas().zoomBy(Math.sqrt(2)));
        JMenuItem out = item("Zoom Out", "view.zoomOut", key(KeyEvent.VK_MINUS, CMD), () -> f.canvas().zoomBy(1 / Math.sqrt(2)), "zoom-out");
        m.add(out);
        bindExtra(out, key(KeyEvent.VK_SUBTRACT, CMD), () -> f.canvas().zoomBy(1 / Math.sqrt(2)));
        m.addSeparator();
        JCheckBoxMenuItem split = new JCheckBoxMenuItem("Before/After Split");
        split.setName("view.split");
        split.setModel(f.splitModel());
        split.setAccelerator(key(KeyEvent.VK_Y, 0));
        split.setIcon(Icons.get("split"));
        m.add(split);
        JCheckBoxMenuItem overlay = new JCheckBoxMenuItem("Show Mask Overlay");
        overlay.setName("view.overlay");
        overlay.setModel(f.overlayModel());
        overlay.setAccelerator(key(KeyEvent.VK_O, 0));
        overlay.setIcon(Icons.get("mask"));
        m.add(overlay);
        return m;
    }

    private JMenu helpMenu() {
        JMenu m = menu("Help", 'H', "menu.help");
        m.add(item("Keyboard Shortcuts", "help.shortcuts", key(KeyEvent.VK_SLASH, CMD), f::showShortcuts, null));
        m.add(item("About Patina", "help.about", null, f::showAbout, null));
        return m;
    }

    /** Updates the parts that depend on state: undo/redo availability and the recent files. */
    void refresh() {
        undo.setEnabled(f.session().canUndo());
        redo.setEnabled(f.session().canRedo());
        recent.removeAll();
        for (Path p : f.settings().recentFiles()) {
            recent.add(item(p.getFileName().toString(), "file.recent." + p.getFileName(), null, () -> f.open(p, false), null))
                .setToolTipText(p.toString());
        }
        if (recent.getItemCount() > 0) {
            recent.addSeparator();
            recent.add(item("Clear List", "file.recent.clear", null, () -> {
                f.settings().clearRecentFiles();
                refresh();
            }, null));
        }
        recent.setEnabled(recent.getItemCount() > 0);
    }

    private static JMenu menu(String text, char mnemonic, String name) {
        JMenu m = new JMenu(text);
        m.setMnemonic(mnemonic);
        m.setName(name);
        return m;
    }

    private static JMenuItem item(String text, String name, KeyStroke key, Runnable action, String icon) {
        JMenuItem it = new JMenuItem(text);
        it.setName(name);
        if (key != null) it.setAccelerator(key);
        if (icon != null) it.setIcon(Icons.get(icon));
        it.addActionListener(e -> action.run());
        return it;
    }

    /**
     * A second key for the same command. Bound on the window's root pane: items of a closed menu
     * are not in the window, so bindings on them would never fire.
     */
    private void bindExtra(JMenuItem item, KeyStroke key, Runnable action) {
        String id = "extra-" + item.getName() + "-" + key;
        javax.swing.JRootPane root = f.getRootPane();
        root.getInputMap(javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, id);
        root.getActionMap().put(id, new AbstractAction() {
            @Override public void actionPerformed(ActionEvent e) { action.run(); }
        });
    }

    /** Runs a single-key command unless that key was typed into a text field (a click on the menu item always runs). */
    private static Runnable notTyping(Runnable r) {
        return () -> {
            boolean fromKey = java.awt.EventQueue.getCurrentEvent() instanceof KeyEvent;
            boolean typing = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() instanceof JTextComponent;
            if (!(fromKey && typing)) r.run();
        };
    }

    private static KeyStroke key(int code, int mods) { return KeyStroke.getKeyStroke(code, mods); }

}
