package dev.patina.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The limits every JSON Patina reads is held to (presets, projects, metadata): nesting, number
 * length, key length and string length, far above any real file. Past one, the parse fails with a
 * one-line message.
 */
public final class JsonLimits {
    public static final int MAX_DEPTH = 256;
    public static final int MAX_NUMBER_DIGITS = 100;
    public static final int MAX_NAME_CHARS = 1000;
    public static final int MAX_STRING_CHARS = 16 << 20;

    public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(MAX_NUMBER_DIGITS)
            .maxNameLength(MAX_NAME_CHARS)
            .maxStringLength(MAX_STRING_CHARS)
            .build();

    private JsonLimits() {}

    /** A factory with the limits, to build a mapper from. */
    public static JsonFactory factory() {
        return JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    }

    /** What went wrong, in one line: the line and Jackson's first sentence, or the limit passed. */
    public static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        m = m.lines().findFirst().orElse("").replaceAll(",? ?from `[^`]*`", "").trim();
        if (e instanceof StreamConstraintsException) return "too large or too deep: " + m;
        return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? m : "line " + e.getLocation().getLineNr() + ": " + m;
    }
}
