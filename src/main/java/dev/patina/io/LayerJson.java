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
    /** Strict about the whole file: text after the JSON value is an error, not ignored. */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonLimits.factory())
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> FIELDS = Set.of("type", "id", "name", "params", "paramsVersion", "opacity", "blend", "enabled", "mask");

    private LayerJson() {}

    static ObjectNode write(Layer l, MaskFiles files) {
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
            ObjectNode m = MaskJson.write(l, files);
            if (m != null) n.set("mask", m);
        }
        return n;
    }

    /**
     * Reads one layer. {@code at} is the JSON path for messages ("layers[2]"); {@code files}
     * loads the pixels of painted masks and strokes.
     */
    static Layer read(JsonNode n, String at, MaskFiles files) {
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
            throw new ParamException(at + ".params." + e.param(), e.problem());
        }
        String name = n.has("name") ? text(n, "name", at) : op.displayName();
        String id = n.has("id") ? text(n, "id", at) : Layer.newId();
        double opacity = n.has("opacity") ? number(n, "opacity", at) : 1.0;
        if (!(opacity >= 0 && opacity <= 1)) throw new ParamException(at + ".opacity", opacity + " is out of range 0..1");
        BlendMode blend = BlendMode.NORMAL;
        if (n.has("blend")) {
            String mode = text(n, "blend", at);
            try {
                blend = BlendMode.parse(mode);
            } catch (ParamException e) {
                throw new ParamException(at + ".blend", e.problem());
            }
        }
        boolean enabled = true;
        if (n.has("enabled")) {
            if (!n.get("enabled").isBoolean()) throw new ParamException(at + ".enabled", "must be true or false");
            enabled = n.get("enabled").asBoolean();
        }
        Mask mask = n.has("mask") && !n.get("mask").isNull() ? MaskJson.read(n.get("mask"), at + ".mask", files) : null;
        return new Layer(id, name, op.id(), enabled, opacity, blend, mask, params);
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

    /**
     * A file format's version: a whole number from 1 to {@code newest} (not true, 1.9, -5 or a
     * number past an int that would wrap to one of them).
     */
    static int version(JsonNode root, int newest, String label) throws InvalidFileException {
        JsonNode v = root.get("version");
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw new InvalidFileException(label + ": version: must be a whole number from 1 to " + newest + (v == null ? " (missing)" : ", not " + v));
        }
        if (v.intValue() > newest) throw new InvalidFileException(label + ": version: " + v.intValue() + " is newer than this Patina reads (" + newest + ")");
        return v.intValue();
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
        if (ls.size() > dev.patina.doc.Document.MAX_LAYERS) {
            throw new InvalidFileException(file + ": layers: " + ls.size() + " layers; a document holds at most " + dev.patina.doc.Document.MAX_LAYERS);
        }
        return (ArrayNode) ls;
    }
}
