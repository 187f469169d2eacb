package dev.patina.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every layer type Patina knows, by id, in the order the UI offers them. */
public final class OpRegistry {
    private static final Map<String, Op> OPS = new LinkedHashMap<>();

    static {
        for (Op op : BuiltInOps.all()) OPS.put(op.id(), op);
    }

    private OpRegistry() {}

    public static List<Op> all() { return Collections.unmodifiableList(new ArrayList<>(OPS.values())); }

    /** The op with this id, or null. */
    public static Op find(String id) { return OPS.get(id); }

    public static Op require(String id) {
        Op op = OPS.get(id);
        if (op == null) throw new dev.patina.doc.ParamException("type", "unknown layer type '" + id + "' (known: " + String.join(", ", OPS.keySet()) + ")");
        return op;
    }
}
