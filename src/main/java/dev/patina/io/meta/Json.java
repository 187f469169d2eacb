package dev.patina.io.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;

/** Lenient JSON reading for metadata: NaN, trailing bytes after the value, and bad input as empty. */
final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder(dev.patina.io.JsonLimits.factory())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private Json() {}

    /** The JSON value at the start of {@code text}, if it is an object; trailing bytes are ignored. */
    static Optional<JsonNode> object(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        if (!t.startsWith("{")) return Optional.empty();
        try (JsonParser p = MAPPER.createParser(t)) {
            JsonNode node = MAPPER.readTree(p);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    static boolean looksLikeJson(String text) {
        return text != null && text.strip().startsWith("{");
    }

    /** A field as text: strings as they are, numbers and booleans printed, missing/null/objects as null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        return v.asText();
    }

    /** The first of several fields that is present. */
    static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            String v = text(node, f);
            if (v != null) return v;
        }
        return null;
    }
}
