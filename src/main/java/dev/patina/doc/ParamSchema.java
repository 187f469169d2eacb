package dev.patina.doc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The declared parameters of one layer type, with a schema version and a migration from older
 * versions. {@code migrate} receives raw values of an older version and returns raw values of the
 * current one (renamed or rescaled fields), before validation.
 */
public record ParamSchema(String typeId, int version, List<ParamSpec> specs,
                          BiFunction<Map<String, Object>, Integer, Map<String, Object>> migration) {

    public ParamSchema {
        specs = List.copyOf(specs);
    }

    public ParamSchema(String typeId, int version, List<ParamSpec> specs) {
        this(typeId, version, specs, (raw, from) -> raw);
    }

    public ParamSpec spec(String name) {
        for (ParamSpec s : specs) if (s.name().equals(name)) return s;
        return null;
    }

    public Params defaults() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ParamSpec s : specs) m.put(s.name(), s.defaultValue());
        return new Params(this, m);
    }

    /**
     * Builds validated params from raw values (JSON numbers, strings, booleans) written at schema
     * version {@code fromVersion}. Omitted fields take defaults; unknown fields and bad values are
     * errors naming the field.
     */
    public Params parse(Map<String, Object> raw, int fromVersion) {
        if (fromVersion > version) {
            throw new ParamException("version", typeId + " params version " + fromVersion + " is newer than this Patina knows (" + version + ")");
        }
        Map<String, Object> migrated = fromVersion < version ? migration.apply(new LinkedHashMap<>(raw), fromVersion) : raw;
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec s : specs) values.put(s.name(), s.defaultValue());
        for (Map.Entry<String, Object> e : migrated.entrySet()) {
            ParamSpec s = spec(e.getKey());
            if (s == null) throw new ParamException(e.getKey(), "is not a parameter of " + typeId);
            values.put(s.name(), s.validate(e.getValue()));
        }
        return new Params(this, values);
    }
}
