package dev.patina.lint;

import java.util.Locale;

/** How much a finding costs the image: an error defeats the prompt, a hint is advice. */
public enum Severity {
    ERROR(15), WARNING(7), HINT(2);

    private final int penalty;

    Severity(int penalty) {
        this.penalty = penalty;
    }

    /** Points taken off the 0..100 score for each finding of this severity. */
    public int penalty() {
        return penalty;
    }

    /** The lowercase name used in JSON and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
