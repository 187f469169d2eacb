package dev.patina.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;

/** The SVG icons from the repository's icons/ folder (packaged under dev/patina/ui/icons). */
public final class Icons {
    private Icons() {}

    public static FlatSVGIcon get(String name) {
        return new FlatSVGIcon("dev/patina/ui/icons/" + name + ".svg", 16, 16);
    }
}
