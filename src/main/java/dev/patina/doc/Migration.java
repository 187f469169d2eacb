package dev.patina.doc;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One step of a layer type's params history: turns the raw values (as read from JSON) of schema
 * version {@code from} into those of version {@code from + 1} (a renamed field, a rescaled range).
 * A file of an old version runs through every step after it, in order, before validation.
 */
public record Migration(int from, UnaryOperator<Map<String, Object>> step) {
    public Migration {
        if (from < 1) throw new IllegalArgumentException("versions start at 1");
    }
}
