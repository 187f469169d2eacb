package dev.patina.ui;

import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.SwingConstants;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Help › About: what this is, which Java runs it, and the licence and third-party notices that
 * travel in the jar (the bundled libraries and data files each keep their own licence).
 */
final class AboutDialog extends JDialog {
    AboutDialog(JFrame owner) {
        super(owner, "About Patina", true);
        setName("aboutDialog");
        JLabel title = new JLabel("<html><b>Patina</b> " + version() + "<br>Photo finishing for AI-generated images"
            + "<br>Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")</html>", SwingConstants.LEFT);
        title.setName("about.title");
        title.setBorder(javax.swing.BorderFactory.createEmptyBorder(10, 12, 10, 12));
        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab("Third-party notices", text("THIRD-PARTY-NOTICES", "about.notices"));
        tabs.addTab("Licence", text("LICENSE", "about.licence"));
        getContentPane().add(title, BorderLayout.NORTH);
        getContentPane().add(tabs, BorderLayout.CENTER);
        setPreferredSize(new Dimension(760, 560));
        pack();
        setLocationRelativeTo(owner);
        EscapeCloses.install(this);
    }

    private static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "" : v;
    }

    private static JScrollPane text(String file, String name) {
        JTextArea area = new JTextArea(read(file));
        area.setName(name);
        area.setEditable(false);
        area.setFont(new Font(Font.MONOSPACED, Font.PLAIN, area.getFont().getSize()));
        area.setCaretPosition(0);
        return new JScrollPane(area);
    }

    /** A file the build puts under META-INF/patina in the jar. */
    static String read(String file) {
        try (InputStream in = AboutDialog.class.getResourceAsStream("/META-INF/patina/" + file)) {
            if (in == null) return file + " is missing from this build.";
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return file + " could not be read: " + e.getMessage();
        }
    }
}
