package dev.patina.doc;

import java.util.List;
import java.util.Locale;

/**
 * One declared parameter of a layer type. The same declaration drives the inspector sliders,
 * JSON (presets, projects, {@code layers --json}) and validation.
 */
public sealed interface ParamSpec permits ParamSpec.Number, ParamSpec.Choice, ParamSpec.FileRef, ParamSpec.Flag {

    String name();

    String label();

    String description();

    Object defaultValue();

    /** Checks and normalises a value; throws {@link ParamException} naming the parameter. */
    Object validate(Object value);

    /** JSON type name used by {@code layers --json}. */
    String typeName();

    /** A bounded real number. {@code unit} is shown next to the value ("", "%", "px", "K", "°"). */
    record Number(String name, String label, double min, double max, double defaultNumber, String unit,
                  String description) implements ParamSpec {
        public Number {
            if (!(min < max) || defaultNumber < min || defaultNumber > max) {
                throw new IllegalArgumentException("bad bounds for " + name);
            }
        }

        @Override public Object validate(Object value) {
            if (!(value instanceof java.lang.Number n)) {
                throw new ParamException(name, "must be a number, not " + describe(value));
            }
            double v = n.doubleValue();
            if (!Double.isFinite(v)) throw new ParamException(name, "must be a finite number");
            if (v < min || v > max) {
                throw new ParamException(name, String.format(Locale.ROOT, "%s is out of range %s..%s", fmt(v), fmt(min), fmt(max)));
            }
            return v;
        }

        @Override public String typeName() { return "number"; }

        @Override public Object defaultValue() { return defaultNumber; }
    }

    /** One of a fixed set of names. */
    record Choice(String name, String label, List<String> choices, String defaultValue, String description)
            implements ParamSpec {
        public Choice {
            choices = List.copyOf(choices);
            if (!choices.contains(defaultValue)) throw new IllegalArgumentException("bad default for " + name);
        }

        @Override public Object validate(Object value) {
            if (!(value instanceof String s) || !choices.contains(s)) {
                throw new ParamException(name, describe(value) + " is not one of " + String.join(", ", choices));
            }
            return s;
        }

        @Override public String typeName() { return "choice"; }
    }

    /** A path to a resource file (a LUT, a depth map); empty means none. */
    record FileRef(String name, String label, List<String> extensions, String description) implements ParamSpec {
        public FileRef { extensions = List.copyOf(extensions); }

        @Override public Object defaultValue() { return ""; }

        @Override public Object validate(Object value) {
            if (!(value instanceof String s)) throw new ParamException(name, "must be a file path string");
            if (s.isEmpty()) return s;
            String lower = s.toLowerCase(Locale.ROOT);
            if (extensions.stream().noneMatch(lower::endsWith)) {
                throw new ParamException(name, "'" + s + "' must end in one of " + String.join(", ", extensions));
            }
            return s;
        }

        @Override public String typeName() { return "file"; }
    }

    /** An on/off switch. */
    record Flag(String name, String label, boolean defaultOn, String description) implements ParamSpec {
        @Override public Object validate(Object value) {
            if (!(value instanceof Boolean b)) throw new ParamException(name, "must be true or false, not " + describe(value));
            return b;
        }

        @Override public String typeName() { return "boolean"; }

        @Override public Object defaultValue() { return defaultOn; }
    }

    private static String describe(Object v) {
        if (v == null) return "null";
        if (v instanceof String s) return "'" + s + "'";
        return String.valueOf(v);
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return String.valueOf((long) v);
        return String.valueOf(v);
    }
}
