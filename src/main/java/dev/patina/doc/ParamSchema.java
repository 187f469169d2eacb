package dev.patina.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declared parameters of one layer type, derived from its params record
 * ({@link RecordSchema}), with a schema version and the migrations that bring older files to it.
 * The same declaration drives JSON, validation, {@code layers --json} and the inspector; the
 * kernel receives the record itself ({@link #toRecord}).
 */
public final class ParamSchema {
    private final String typeId;
    private final int version;
    private final List<ParamSpec> specs;
    private final List<Migration> migrations;
    private final RecordSchema<?> record;

    private ParamSchema(String typeId, int version, RecordSchema<?> record, List<Migration> migrations) {
        this.typeId = typeId;
        this.version = version;
        this.record = record;
        this.specs = record.specs();
        this.migrations = List.copyOf(migrations);
        for (int v = 1; v < version; v++) {
            int from = v;
            if (this.migrations.stream().noneMatch(m -> m.from() == from)) {
                throw new IllegalArgumentException(typeId + " has no migration from version " + v);
            }
        }
        long mixes = specs.stream().filter(s -> s instanceof ParamSpec.Number n && n.mix()).count();
        if (mixes > 1) throw new IllegalArgumentException(typeId + " declares " + mixes + " mix params");
    }

    /** The schema of layer type {@code typeId} whose params are the record {@code type}, at {@code version}. */
    public static ParamSchema of(String typeId, Class<? extends Record> type, int version, Migration... migrations) {
        return new ParamSchema(typeId, version, RecordSchema.of(type), List.of(migrations));
    }

    public String typeId() { return typeId; }

    public int version() { return version; }

    public List<ParamSpec> specs() { return specs; }

    public ParamSpec spec(String name) {
        for (ParamSpec s : specs) if (s.name().equals(name)) return s;
        return null;
    }

    /** The first param with this role, or null. */
    public ParamSpec spec(ParamRole role) {
        for (ParamSpec s : specs) if (s.role() == role) return s;
        return null;
    }

    /** The name of the param that only mixes the full effect in ({@link dev.patina.doc.params.Num#mix()}), or null. */
    public String mixParam() {
        for (ParamSpec s : specs) if (s instanceof ParamSpec.Number n && n.mix()) return n.name();
        return null;
    }

    public Params defaults() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ParamSpec s : specs) m.put(s.name(), s.defaultValue());
        return new Params(this, m);
    }

    /** The typed params record of these values. */
    public <R extends Record> R toRecord(Params p, Class<R> type) {
        if (p.schema() != this) throw new IllegalArgumentException(p.schema().typeId() + " params given to " + typeId);
        if (record.type() != type) throw new IllegalArgumentException(typeId + " params are " + record.type().getSimpleName());
        return type.cast(record.build(p.values()));
    }

    /**
     * Builds validated params from raw values (JSON numbers, strings, booleans, arrays as lists)
     * written at schema version {@code fromVersion}. Omitted fields take defaults; unknown fields
     * and bad values are errors naming the field.
     */
    public Params parse(Map<String, Object> raw, int fromVersion) {
        if (fromVersion > version) {
            throw new ParamException("version", typeId + " params version " + fromVersion + " is newer than this Patina knows (" + version + ")");
        }
        if (fromVersion < 1) throw new ParamException("version", typeId + " params version " + fromVersion + " does not exist");
        Map<String, Object> migrated = new LinkedHashMap<>(raw);
        for (int v = fromVersion; v < version; v++) migrated = new LinkedHashMap<>(migration(v).step().apply(migrated));
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec s : specs) values.put(s.name(), s.defaultValue());
        for (Map.Entry<String, Object> e : migrated.entrySet()) {
            ParamSpec s = spec(e.getKey());
            if (s == null) throw new ParamException(e.getKey(), "is not a parameter of " + typeId);
            values.put(s.name(), s.validate(e.getValue()));
        }
        return new Params(this, values);
    }

    private Migration migration(int from) {
        for (Migration m : migrations) if (m.from() == from) return m;
        throw new IllegalStateException("no migration from " + from);
    }

    /** Names of the specs, in declaration order. */
    public List<String> names() {
        List<String> n = new ArrayList<>();
        for (ParamSpec s : specs) n.add(s.name());
        return n;
    }

    @Override public String toString() { return "ParamSchema[" + typeId + " v" + version + "]"; }
}
