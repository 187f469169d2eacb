package dev.patina.ui;

import dev.patina.ui.files.ExportSettings;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JTextField;
import java.nio.file.Path;

/** Asks where and how to export: JPEG (quality, chroma subsampling, progressive) or TIFF (8/16 bit, compression), and whether to keep the prompt. */
final class ExportDialog extends JDialog {
    private final JComboBox<ExportSettings.Format> format = new JComboBox<>(ExportSettings.Format.values());
    private final JSlider quality = new JSlider(1, 100, 92);
    private final JLabel qualityValue = new JLabel("92");
    private final JComboBox<String> subsampling = new JComboBox<>(new String[] {"4:2:0", "4:2:2", "4:4:4"});
    private final JCheckBox progressive = new JCheckBox("Progressive", true);
    private final JComboBox<Integer> bits = new JComboBox<>(new Integer[] {8, 16});
    private final JComboBox<String> compression = new JComboBox<>(new String[] {"lzw", "deflate", "none"});
    private final JCheckBox keepPrompt = new JCheckBox("Keep the generation prompt in the file", true);
    private final JTextField file = new JTextField(32);
    private ExportSettings result;

    ExportDialog(JFrame owner, Path suggested) {
        super(owner, "Export", true);
        setName("exportDialog");
        JPanel p = new JPanel(new MigLayout("insets 12, wrap 2", "[][grow, fill]"));
        format.setName("export.format");
        quality.setName("export.quality");
        subsampling.setName("export.subsampling");
        progressive.setName("export.progressive");
        bits.setName("export.bits");
        compression.setName("export.compression");
        keepPrompt.setName("export.keepPrompt");
        file.setName("export.file");
        file.setText(suggested.toString());
        p.add(new JLabel("File"));
        JButton browse = new JButton("Browse…");
        browse.setName("export.browse");
        browse.addActionListener(e -> browse());
        p.add(file, "split 2");
        p.add(browse, "growx 0");
        p.add(new JLabel("Format"));
        p.add(format);
        p.add(new JLabel("Quality"));
        p.add(quality, "split 2");
        p.add(qualityValue, "w 30!");
        quality.addChangeListener(e -> qualityValue.setText(String.valueOf(quality.getValue())));
        p.add(new JLabel("Chroma"));
        p.add(subsampling);
        p.add(progressive, "skip 1");
        p.add(new JLabel("Bit depth"));
        p.add(bits);
        p.add(new JLabel("Compression"));
        p.add(compression);
        p.add(keepPrompt, "skip 1");
        JButton ok = new JButton("Export");
        ok.setName("export.ok");
        JButton cancel = new JButton("Cancel");
        cancel.setName("export.cancel");
        ok.addActionListener(e -> accept());
        cancel.addActionListener(e -> dispose());
        p.add(ok, "skip 1, split 2, tag ok, gaptop 12");
        p.add(cancel, "tag cancel");
        format.addActionListener(e -> formatChanged());
        formatChanged();
        setContentPane(p);
        getRootPane().setDefaultButton(ok);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog and returns the settings, or null when cancelled. */
    ExportSettings ask() {
        setVisible(true);
        return result;
    }

    private boolean isTiff() { return format.getSelectedItem() == ExportSettings.Format.TIFF; }

    private void formatChanged() {
        boolean tiff = isTiff();
        quality.setEnabled(!tiff);
        subsampling.setEnabled(!tiff);
        progressive.setEnabled(!tiff);
        bits.setEnabled(tiff);
        compression.setEnabled(tiff);
        String f = file.getText();
        String base = f.replaceFirst("\\.(jpe?g|tiff?)$", "");
        file.setText(base + (tiff ? ".tif" : ".jpg"));
    }

    private void browse() {
        JFileChooser fc = new JFileChooser();
        fc.setSelectedFile(Path.of(file.getText()).toFile());
        if (fc.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) file.setText(fc.getSelectedFile().getPath());
    }

    private void accept() {
        result = new ExportSettings(Path.of(file.getText().trim()), (ExportSettings.Format) format.getSelectedItem(),
            quality.getValue(), (String) subsampling.getSelectedItem(), progressive.isSelected(),
            (Integer) bits.getSelectedItem(), (String) compression.getSelectedItem(), keepPrompt.isSelected());
        dispose();
    }
}
