package dev.patina.doc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Validated, immutable parameter values of one layer, in declaration order. */
public final class Params {
    private final ParamSchema schema;
    private final Map<String, Object> values;
    private final int hash;

    Params(ParamSchema schema, Map<String, Object> values) {
        this.schema = schema;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.hash = schema.typeId().hashCode() * 31 + this.values.hashCode();
    }

    public ParamSchema schema() { return schema; }

    public Map<String, Object> values() { return values; }

    public double number(String name) { return (Double) require(name); }

    public String text(String name) { return (String) require(name); }

    public boolean flag(String name) { return (Boolean) require(name); }

    public Object get(String name) { return require(name); }

    public ImagePoint point(String name) { return (ImagePoint) require(name); }

    /** The typed params record of these values, as the layer's kernel receives it. */
    public <R extends Record> R as(Class<R> type) { return schema.toRecord(this, type); }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) throw new IllegalArgumentException(schema.typeId() + " has no parameter " + name);
        return v;
    }

    /** A copy with one value changed (validated). */
    public Params with(String name, Object value) {
        ParamSpec s = schema.spec(name);
        if (s == null) throw new ParamException(name, "is not a parameter of " + schema.typeId());
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.put(name, s.validate(value));
        return new Params(schema, m);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Params p && p.hash == hash && p.schema.typeId().equals(schema.typeId()) && p.values.equals(values);
    }

    @Override public int hashCode() { return hash; }

    @Override public String toString() { return schema.typeId() + values; }
}
