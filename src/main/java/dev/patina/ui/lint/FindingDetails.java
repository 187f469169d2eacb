package dev.patina.ui.lint;

import dev.patina.lint.Finding;
import dev.patina.ops.Op;

/** The words under the list for the selected finding: why it looks AI, what the fix does, which layer helps. */
final class FindingDetails {
    private FindingDetails() {}

    static String of(Finding f, String fieldText) {
        if (f == null) return "";
        StringBuilder b = new StringBuilder(f.message());
        b.append("\n\n");
        if (!f.hasFix()) {
            b.append("No automatic fix: describe the scene in your own words.");
        } else if (f.replacement().isEmpty()) {
            b.append("Fix: remove “").append(f.excerpt(fieldText).strip()).append("”.");
        } else if (f.start() == f.end()) {
            b.append("Fix: add “").append(f.replacement()).append("”.");
        } else {
            b.append("Fix: “").append(f.excerpt(fieldText).strip()).append("” → “").append(f.replacement()).append("”.");
        }
        Op layer = SuggestedLayer.of(f);
        if (layer != null) b.append("\nIn post: a ").append(layer.displayName()).append(" layer.");
        return b.toString();
    }
}
