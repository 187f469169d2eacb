package dev.patina.ui;

import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/** Theme, preview cache budget and worker threads. Theme and cache apply at once; threads at the next start. */
final class PreferencesDialog extends JDialog {
    private boolean accepted;
    final JComboBox<Settings.Theme> theme = new JComboBox<>(Settings.Theme.values());
    final JSpinner cache;
    final JSpinner threads;

    PreferencesDialog(JFrame owner, Settings settings) {
        super(owner, "Preferences", true);
        setName("preferencesDialog");
        int maxMb = (int) Math.max(64, Runtime.getRuntime().maxMemory() / (1 << 20) * 3 / 4);
        cache = new JSpinner(new SpinnerNumberModel(Math.min(settings.cacheMegabytes(), maxMb), 16, maxMb, 64));
        threads = new JSpinner(new SpinnerNumberModel(settings.threads(), 1, 64, 1));
        theme.setName("prefs.theme");
        cache.setName("prefs.cache");
        threads.setName("prefs.threads");
        theme.setSelectedItem(settings.theme());
        JPanel p = new JPanel(new MigLayout("insets 12, wrap 2", "[][grow, fill]"));
        p.add(new JLabel("Theme"));
        p.add(theme);
        p.add(new JLabel("Preview cache (MB)"));
        p.add(cache);
        p.add(new JLabel("Render threads"));
        p.add(threads);
        JLabel note = new JLabel("A change of threads applies at the next start.");
        note.putClientProperty("FlatLaf.styleClass", "small");
        p.add(note, "skip 1");
        JButton ok = new JButton("OK");
        ok.setName("prefs.ok");
        JButton cancel = new JButton("Cancel");
        ok.addActionListener(e -> {
            accepted = true;
            dispose();
        });
        cancel.addActionListener(e -> dispose());
        p.add(ok, "skip 1, split 2, tag ok, gaptop 12");
        p.add(cancel, "tag cancel");
        setContentPane(p);
        getRootPane().setDefaultButton(ok);
        pack();
        EscapeCloses.install(this);
        setLocationRelativeTo(owner);
    }

    boolean ask() {
        setVisible(true);
        return accepted;
    }
}
