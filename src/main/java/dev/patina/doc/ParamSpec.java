package dev.patina.doc;

import java.util.List;
import java.util.Locale;

/**
 * One declared parameter of a layer type. The same declaration drives the inspector sliders,
 * JSON (presets, projects, {@code layers --json}) and validation.
 */
public sealed interface ParamSpec permits ParamSpec.Number, ParamSpec.Choice, ParamSpec.FileRef, ParamSpec.Flag, ParamSpec.Point {

    String name();

    String label();

    String description();

    Object defaultValue();

    /** Checks and normalises a value; throws {@link ParamException} naming the parameter. */
    Object validate(Object value);

    /** JSON type name used by {@code layers --json}. */
    String typeName();

    /** What the param means to tools outside its op (the editor's widgets); {@link ParamRole#NONE} for most. */
    default ParamRole role() { return ParamRole.NONE; }

    /** A bounded real number. {@code unit} is shown next to the value ("", "%", "px", "K", "°"). */
    record Number(String name, String label, double min, double max, double defaultNumber, String unit,
                  String description, boolean mix, ParamRole role) implements ParamSpec {
        public Number {
            if (!(min < max) || defaultNumber < min || defaultNumber > max) {
                throw new IllegalArgumentException("bad bounds for " + name);
            }
            if (mix && (min != 0 || max != 1)) throw new IllegalArgumentException("a mix param runs 0..1: " + name);
        }

        public Number(String name, String label, double min, double max, double defaultNumber, String unit, String description) {
            this(name, label, min, max, defaultNumber, unit, description, false, ParamRole.NONE);
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

        /** v brought into min..max (a value measured in the picture, set on a param). */
        public double clamp(double v) { return Math.max(min, Math.min(max, v)); }
    }

    /** One of a fixed set of names. */
    record Choice(String name, String label, List<String> choices, String defaultValue, String description, ParamRole role)
            implements ParamSpec {
        public Choice(String name, String label, List<String> choices, String defaultValue, String description) {
            this(name, label, choices, defaultValue, description, ParamRole.NONE);
        }

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
    record FileRef(String name, String label, List<String> extensions, String description, ParamRole role) implements ParamSpec {
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
    record Flag(String name, String label, boolean defaultOn, String description, ParamRole role) implements ParamSpec {
        public Flag(String name, String label, boolean defaultOn, String description) {
            this(name, label, defaultOn, description, ParamRole.NONE);
        }

        @Override public Object validate(Object value) {
            if (!(value instanceof Boolean b)) throw new ParamException(name, "must be true or false, not " + describe(value));
            return b;
        }

        @Override public String typeName() { return "boolean"; }

        @Override public Object defaultValue() { return defaultOn; }
    }

    /**
     * A point of the picture as fractions of its size, an {@link ImagePoint}; written {@code [x, y]}.
     * Each coordinate runs 0..1.
     */
    record Point(String name, String label, ImagePoint defaultPoint, String description, ParamRole role) implements ParamSpec {
        @Override public Object defaultValue() { return defaultPoint; }

        @Override public Object validate(Object value) {
            ImagePoint p;
            if (value instanceof ImagePoint ip) p = ip;
            else if (value instanceof List<?> l && l.size() == 2 && l.get(0) instanceof java.lang.Number x
                && l.get(1) instanceof java.lang.Number y && Double.isFinite(x.doubleValue()) && Double.isFinite(y.doubleValue())) {
                p = new ImagePoint(x.doubleValue(), y.doubleValue());
            } else {
                throw new ParamException(name, "must be a point [x, y], not " + describe(value));
            }
            if (p.x() < 0 || p.x() > 1 || p.y() < 0 || p.y() > 1) {
                throw new ParamException(name, "[" + fmt(p.x()) + ", " + fmt(p.y()) + "] is outside the picture 0..1");
            }
            return p;
        }

        @Override public String typeName() { return "point"; }
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
