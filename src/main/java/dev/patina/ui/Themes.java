package dev.patina.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.extras.FlatAnimatedLafChange;

import javax.swing.UIManager;
import java.awt.Color;

/** Light and dark FlatLaf themes, plus the editor's own colours (the canvas surround). */
final class Themes {
    private Themes() {}

    /** Installs the theme; when windows are already open, cross-fades and updates them. */
    static void apply(Settings.Theme theme) {
        boolean live = java.awt.Window.getWindows().length > 0;
        if (live) FlatAnimatedLafChange.showSnapshot();
        if (theme == Settings.Theme.DARK) FlatDarkLaf.setup();
        else FlatLightLaf.setup();
        // A neutral mid-dark surround in both themes: a white frame would make every photo look darker.
        UIManager.put("Patina.canvasBackground", theme == Settings.Theme.DARK ? new Color(0x1f1f1f) : new Color(0x3c3c3c));
        if (live) {
            FlatLaf.updateUI();
            FlatAnimatedLafChange.hideSnapshotWithAnimation();
        }
    }
}
