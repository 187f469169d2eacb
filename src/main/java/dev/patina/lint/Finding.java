package dev.patina.lint;

import java.util.List;
import java.util.Objects;

/**
 * One problem in a prompt.
 *
 * @param rule        stable rule id, e.g. {@code quality-boilerplate}
 * @param start       first char of the span in the field's text (inclusive)
 * @param end         end of the span (exclusive); {@code start == end} marks an insertion point
 * @param replacement text that replaces the span ("" removes it), or null when no mechanical fix
 *                    exists (the user has to describe the scene)
 * @param layers      adjustment layer ids that can answer the problem in post, best first; empty
 *                    when none can
 */
public record Finding(String rule, Severity severity, int start, int end, Field field, String message,
                      String replacement, List<String> layers) {

    public Finding {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(field);
        Objects.requireNonNull(message);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        layers = layers == null ? List.of() : List.copyOf(layers);
    }

    /** The best suggested layer id, or null. */
    public String layer() {
        return layers.isEmpty() ? null : layers.get(0);
    }

    public boolean hasFix() {
        return replacement != null;
    }

    /** The text the span covers in {@code text}, clamped so a stale finding cannot throw. */
    public String excerpt(String text) {
        int s = Math.min(start, text.length());
        int e = Math.min(end, text.length());
        return text.substring(s, e);
    }
}
