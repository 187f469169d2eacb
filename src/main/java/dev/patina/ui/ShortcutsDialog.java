package dev.patina.ui;

import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.table.DefaultTableModel;
import java.awt.Dimension;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists every keyboard shortcut. It reads them from the menu bar itself (plus the keys that act
 * while held), so the list cannot drift from what the keys really do.
 */
final class ShortcutsDialog extends JDialog {
    ShortcutsDialog(JFrame owner, JMenuBar menus) {
        super(owner, "Keyboard Shortcuts", false);
        setName("shortcutsDialog");
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < menus.getMenuCount(); i++) collect(menus.getMenu(i), menus.getMenu(i).getText(), rows);
        rows.add(new String[] {"Hold \\", "View", "Show the original while held"});
        rows.add(new String[] {"Hold Space + drag", "View", "Pan"});
        rows.add(new String[] {"Wheel", "View", "Zoom around the pointer"});
        DefaultTableModel model = new DefaultTableModel(rows.toArray(String[][]::new), new String[] {"Keys", "Menu", "Action"}) {
            @Override public boolean isCellEditable(int r, int c) { return false; }
        };
        JTable table = new JTable(model);
        table.setName("shortcuts.table");
        table.getColumnModel().getColumn(0).setPreferredWidth(140);
        table.getColumnModel().getColumn(2).setPreferredWidth(260);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(520, 480));
        setContentPane(scroll);
        pack();
        setLocationRelativeTo(owner);
        EscapeCloses.install(this);
    }

    private static void collect(JMenu menu, String path, List<String[]> rows) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            JMenuItem item = menu.getItem(i);
            if (item == null) continue;
            if (item instanceof JMenu sub) {
                collect(sub, path + " › " + sub.getText(), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new String[] {describe(item.getAccelerator()), path, item.getText()});
            }
        }
    }

    static String describe(KeyStroke k) {
        String mods = InputEvent.getModifiersExText(k.getModifiers());
        String key = KeyEvent.getKeyText(k.getKeyCode());
        return mods.isEmpty() ? key : mods + "+" + key;
    }
}
