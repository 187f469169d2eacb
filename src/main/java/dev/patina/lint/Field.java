package dev.patina.lint;

import java.util.Locale;

/** Which text a finding's span points into. */
public enum Field {
    PROMPT, NEGATIVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
