package dev.patina.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patina.doc.BlendMode;
import dev.patina.doc.ImagePoint;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.ParamException;
import dev.patina.doc.ParamSchema;
import dev.patina.doc.Params;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON form of a layer, shared by presets and projects:
 * {@code {"type":"grain","name":"Grain","params":{"amount":0.3},"paramsVersion":1,"opacity":1.0,
 * "blend":"normal","enabled":true,"mask":{...}}}. Everything but "type" may be omitted. Errors are
 * {@link ParamException}s whose param is the JSON path of the bad field.
 */
final class LayerJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("type", "id", "name", "params", "paramsVersion", "opacity", "blend", "enabled", "mask");

    private LayerJson() {}

    static ObjectNode write(Layer l, Function<Layer, String> paintedMaskFile) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", l.type());
        n.put("id", l.id());
        n.put("name", l.name());
        n.put("paramsVersion", l.params().schema().version());
        ObjectNode p = n.putObject("params");
        for (Map.Entry<String, Object> e : l.params().values().entrySet()) {
            Object v = e.getValue();
            if (v instanceof Double d) p.put(e.getKey(), d);
            else if (v instanceof Boolean b) p.put(e.getKey(), b);
            else if (v instanceof ImagePoint pt) p.putArray(e.getKey()).add(pt.x()).add(pt.y());
            else p.put(e.getKey(), String.valueOf(v));
        }
        n.put("opacity", l.opacity());
        n.put("blend", l.blend().id());
        n.put("enabled", l.enabled());
        if (l.mask() != null) {
            ObjectNode m = writeMask(l.mask(), paintedMaskFile.apply(l));
            if (m != null) n.set("mask", m);
        }
        return n;
    }

    private static ObjectNode writeMask(Mask mask, String paintedFile) {
        ObjectNode m = MAPPER.createObjectNode();
        if (mask instanceof Mask.LinearGradient g) {
            m.put("kind", "linear").put("x0", g.x0()).put("y0", g.y0()).put("x1", g.x1()).put("y1", g.y1());
        } else if (mask instanceof Mask.RadialGradient g) {
            m.put("kind", "radial").put("cx", g.cx()).put("cy", g.cy()).put("rx", g.rx()).put("ry", g.ry()).put("feather", g.feather());
        } else if (mask instanceof Mask.Painted) {
            if (paintedFile == null) return null;
            m.put("kind", "painted").put("file", paintedFile);
        }
        m.put("inverted", mask.inverted());
        return m;
    }

    /**
     * Reads one layer. {@code at} is the JSON path for messages ("layers[2]"); {@code paintedMask}
     * resolves a painted mask's file (null where painted masks are not allowed).
     */
    static Layer read(JsonNode n, String at, Function<JsonNode, Mask> paintedMask) {
        if (!n.isObject()) throw new ParamException(at, "must be an object");
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) throw new ParamException(at + "." + f, "is not a layer field (known: type, name, params, opacity, blend, enabled, mask)");
        }
        JsonNode typeNode = n.get("type");
        if (typeNode == null || !typeNode.isTextual()) throw new ParamException(at + ".type", "is missing");
        Op op = OpRegistry.find(typeNode.asText());
        if (op == null) {
            throw new ParamException(at + ".type", "unknown layer type '" + typeNode.asText() + "' (known: "
                + String.join(", ", OpRegistry.all().stream().map(Op::id).toList()) + ")");
        }
        ParamSchema schema = op.schema();
        // A layer without a version was written by hand, perhaps from an old example: it runs through
        // every migration, which is why each migration leaves fields already in the new form alone.
        int version = n.has("paramsVersion") ? intField(n, "paramsVersion", at) : 1;
        Map<String, Object> raw = new LinkedHashMap<>();
        JsonNode p = n.get("params");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) throw new ParamException(at + ".params", "must be an object");
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                raw.put(e.getKey(), scalar(e.getValue()));
            }
        }
        Params params;
        try {
            params = schema.parse(raw, version);
        } catch (ParamException e) {
            throw new ParamException(at + ".params." + e.param(), e.getMessage().substring(e.param().length() + 2));
        }
        String name = n.has("name") ? text(n, "name", at) : op.displayName();
        String id = n.has("id") ? text(n, "id", at) : Layer.newId();
        double opacity = n.has("opacity") ? number(n, "opacity", at) : 1.0;
        if (!(opacity >= 0 && opacity <= 1)) throw new ParamException(at + ".opacity", opacity + " is out of range 0..1");
        BlendMode blend;
        try {
            blend = n.has("blend") ? BlendMode.parse(text(n, "blend", at)) : BlendMode.NORMAL;
        } catch (ParamException e) {
            throw new ParamException(at + ".blend", e.getMessage().substring("blend: ".length()));
        }
        boolean enabled = true;
        if (n.has("enabled")) {
            if (!n.get("enabled").isBoolean()) throw new ParamException(at + ".enabled", "must be true or false");
            enabled = n.get("enabled").asBoolean();
        }
        Mask mask = n.has("mask") && !n.get("mask").isNull() ? readMask(n.get("mask"), at + ".mask", paintedMask) : null;
        return new Layer(id, name, op.id(), enabled, opacity, blend, mask, params);
    }

    private static Mask readMask(JsonNode m, String at, Function<JsonNode, Mask> painted) {
        if (!m.isObject()) throw new ParamException(at, "must be an object");
        String kind = m.has("kind") ? text(m, "kind", at) : "";
        boolean inv = m.has("inverted") && m.get("inverted").asBoolean(false);
        return switch (kind) {
            case "linear" -> new Mask.LinearGradient(number(m, "x0", at), number(m, "y0", at), number(m, "x1", at), number(m, "y1", at), inv);
            case "radial" -> {
                double rx = number(m, "rx", at), ry = number(m, "ry", at), f = m.has("feather") ? number(m, "feather", at) : 0.5;
                if (rx <= 0 || ry <= 0) throw new ParamException(at, "radii must be positive");
                if (f < 0 || f > 1) throw new ParamException(at + ".feather", f + " is out of range 0..1");
                yield new Mask.RadialGradient(number(m, "cx", at), number(m, "cy", at), rx, ry, f, inv);
            }
            case "painted" -> {
                if (painted == null) throw new ParamException(at, "painted masks are only allowed in project files");
                yield painted.apply(m).withInverted(inv);
            }
            default -> throw new ParamException(at + ".kind", "'" + kind + "' is not one of linear, radial, painted");
        };
    }

    /** A JSON value as the schema validates it: numbers as doubles, arrays as lists. */
    private static Object scalar(JsonNode v) {
        if (v.isNumber()) return v.doubleValue();
        if (v.isArray() && v.size() <= 16) {
            java.util.List<Object> items = new java.util.ArrayList<>();
            for (JsonNode item : v) items.add(item.isNumber() ? item.doubleValue() : item.toString());
            return items;
        }
        if (v.isBoolean()) return v.booleanValue();
        if (v.isTextual()) return v.textValue();
        return v.isNull() ? null : v.toString();
    }

    static String text(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) throw new ParamException(at + "." + field, "must be a string");
        return v.textValue();
    }

    static double number(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber() || !Double.isFinite(v.doubleValue())) throw new ParamException(at + "." + field, "must be a number");
        return v.doubleValue();
    }

    static int intField(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) throw new ParamException(at + "." + field, "must be a whole number");
        return v.intValue();
    }

    static ArrayNode layersArray(JsonNode root, String file) throws InvalidFileException {
        JsonNode ls = root.get("layers");
        if (ls == null) return MAPPER.createArrayNode();
        if (!ls.isArray()) throw new InvalidFileException(file + ": layers: must be an array");
        return (ArrayNode) ls;
    }
}
