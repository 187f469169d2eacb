package dev.patina.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patina.doc.Layer;
import dev.patina.doc.ParamException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Preset files: {@code {"patina":"preset","version":1,"name":"...","layers":[...]}} (see README).
 * Reading validates everything and reports the first problem as "file: json.path: problem".
 */
public final class PresetCodec {
    public static final int VERSION = 1;
    private static final long MAX_BYTES = 4 << 20;

    private PresetCodec() {}

    public static Preset read(Path file) throws IOException {
        String label = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw new InvalidFileException(label + ": no such preset file");
        if (Files.size(file) > MAX_BYTES) throw new InvalidFileException(label + ": too large for a preset");
        return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), label);
    }

    public static Preset parse(String json, String label) throws InvalidFileException {
        JsonNode root;
        try {
            root = LayerJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidFileException(label + ": not valid JSON (" + JsonLimits.describe(e) + ")");
        }
        if (root == null || !root.isObject()) throw new InvalidFileException(label + ": a preset must be a JSON object");
        JsonNode kind = root.get("patina");
        if (kind != null && !"preset".equals(kind.asText())) throw new InvalidFileException(label + ": patina: is '" + kind.asText() + "', expected 'preset'");
        if (root.has("version")) LayerJson.version(root, VERSION, label);
        String name = root.has("name") ? root.get("name").asText() : label.replaceFirst("\\.json$", "");
        ArrayNode arr = LayerJson.layersArray(root, label);
        List<Layer> layers = new ArrayList<>();
        try {
            for (int i = 0; i < arr.size(); i++) layers.add(LayerJson.read(arr.get(i), "layers[" + i + "]", MaskFiles.NONE).withId(Layer.newId()));
        } catch (ParamException e) {
            throw new InvalidFileException(label + ": " + e.getMessage());
        }
        return new Preset(name, layers);
    }

    public static String toJson(Preset preset) {
        ObjectNode root = LayerJson.MAPPER.createObjectNode();
        root.put("patina", "preset");
        root.put("version", VERSION);
        root.put("name", preset.name());
        ArrayNode arr = root.putArray("layers");
        for (Layer l : preset.layers()) {
            ObjectNode n = LayerJson.write(l, MaskFiles.NONE);
            n.remove("id");
            arr.add(n);
        }
        try {
            return LayerJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(Preset preset, Path file) throws IOException {
        byte[] bytes = toJson(preset).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
