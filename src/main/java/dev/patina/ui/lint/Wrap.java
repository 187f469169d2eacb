package dev.patina.ui.lint;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/** Breaks a hint into lines at spaces so that it fits a width. */
final class Wrap {
    private Wrap() {}

    static List<String> lines(String text, FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && fm.stringWidth(candidate) > width) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }
}
