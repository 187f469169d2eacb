package dev.patina.io.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the prompts in a ComfyUI API graph ({@code "prompt"} metadata): from every sampler or
 * guider, follow the {@code positive}/{@code negative} links back through conditioning nodes
 * (combine, concat, set-area, ControlNet, FluxGuidance, GLIGEN...) to the text encoders, and
 * resolve text inputs that are links to string, wildcard or LLM nodes. Works without knowing
 * every node type: a node with a text-like input is an encoder, anything else passes its
 * conditioning-like inputs through.
 */
final class ComfyGraph {
    /** Inputs that hold the text of an encoder node, by preference. */
    private static final List<String> TEXT_INPUTS = List.of(
            "text", "prompt", "text_g", "text_l", "clip_l", "t5xxl", "positive_prompt", "string", "value");
    /** Inputs of string-producing nodes, by preference ("populated_text" is the wildcard result). */
    private static final List<String> STRING_SOURCE_INPUTS = List.of(
            "populated_text", "text", "string", "value", "base_negative", "prompt", "wildcard_text", "text_a");
    private static final int MAX_DEPTH = 64;
    /**
     * Total node visits allowed for one graph. Real graphs need a few hundred; a hostile graph with
     * cycles through two-input string nodes would otherwise branch exponentially.
     */
    private static final int VISIT_BUDGET = 200_000;
    private int visitsLeft = VISIT_BUDGET;
    /** Longest text a graph may build from its string nodes (a real prompt is a few thousand characters). */
    static final int MAX_TEXT_CHARS = 1 << 20;
    /**
     * Characters all string nodes together may build: a chain of nodes each appending to a long
     * text copies it once per node, so the text cap alone does not bound the work.
     */
    static final long MAX_BUILT_CHARS = 16L << 20;
    private long builtCharsLeft = MAX_BUILT_CHARS;

    private final JsonNode graph;
    private final String carrier;
    private final Set<String> notes = new LinkedHashSet<>();

    private ComfyGraph(JsonNode graph, String carrier) {
        this.graph = graph;
        this.carrier = carrier;
    }

    /** Whether a JSON object looks like an API graph: node ids mapping to objects with class_type. */
    static boolean isApiGraph(JsonNode node) {
        if (node == null || !node.isObject() || node.isEmpty()) return false;
        Iterator<JsonNode> it = node.elements();
        int nodes = 0;
        while (it.hasNext()) {
            JsonNode n = it.next();
            if (n.isObject() && n.has("class_type")) nodes++;
        }
        return nodes > 0;
    }

    /** @throws MetadataLimitException when the graph's string nodes build too much text */
    static Optional<GenerationInfo> fromApiGraph(JsonNode graph, String carrier) {
        return new ComfyGraph(graph, carrier).extract(carrier);
    }

    /** A UI-format {@code "workflow"} converted to the API shape, for files that lack the API graph. */
    static Optional<GenerationInfo> fromWorkflow(JsonNode workflow, String carrier) {
        JsonNode api = WorkflowToApi.convert(workflow);
        return api == null ? Optional.empty() : new ComfyGraph(api, carrier).extract(carrier + " (workflow)");
    }

    private Optional<GenerationInfo> extract(String carrier) {
        Set<String> positives = new LinkedHashSet<>();
        Set<String> negatives = new LinkedHashSet<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (String id : sortedIds()) {
            JsonNode node = graph.get(id);
            if (!isSamplerOrGuider(node)) continue;
            JsonNode in = node.path("inputs");
            collect(in.get("positive"), positives, 0, new HashSet<>());
            collect(in.get("conditioning"), positives, 0, new HashSet<>());
            collect(in.get("cond1"), positives, 0, new HashSet<>());
            collect(in.get("negative"), negatives, 0, new HashSet<>());
            collect(in.get("cond2"), negatives, 0, new HashSet<>());
            if (settings.isEmpty() || !settings.containsKey("seed")) samplerSettings(node, in, settings);
        }
        if (positives.isEmpty()) return Optional.empty();
        List<String> pos = new ArrayList<>(positives);
        List<String> neg = new ArrayList<>(negatives);
        neg.removeIf(String::isEmpty);
        if (!notes.isEmpty()) settings.put("note", String.join("; ", notes));
        return Optional.of(new GenerationInfo("ComfyUI", carrier, pos.get(0), neg.isEmpty() ? "" : neg.get(0),
                settings, pos.subList(1, pos.size()), neg.isEmpty() ? List.of() : neg.subList(1, neg.size())));
    }

    private List<String> sortedIds() {
        List<String> ids = new ArrayList<>();
        graph.fieldNames().forEachRemaining(ids::add);
        ids.sort((a, b) -> {
            if (isNodeNumber(a) && isNodeNumber(b)) return Long.compare(Long.parseLong(a), Long.parseLong(b));
            return a.compareTo(b);
        });
        return ids;
    }

    /** A node id that orders as a number: 1 to 9 digits (an empty id is not one: the fuzzer's find). */
    private static boolean isNodeNumber(String id) {
        return !id.isEmpty() && id.length() < 10 && id.chars().allMatch(Character::isDigit);
    }

    private static boolean isSamplerOrGuider(JsonNode node) {
        String type = node.path("class_type").asText("").toLowerCase(Locale.ROOT);
        JsonNode in = node.path("inputs");
        boolean hasCond = in.has("positive") || in.has("conditioning") || in.has("cond1");
        return hasCond && (type.contains("sampler") || type.contains("guider"));
    }

    /** Follows a conditioning link back to the text it was encoded from. */
    private void collect(JsonNode link, Set<String> out, int depth, Set<String> visited) {
        if (link == null || !link.isArray() || link.size() < 1 || depth > MAX_DEPTH || --visitsLeft < 0) return;
        String id = link.get(0).asText();
        int slot = link.size() > 1 ? link.get(1).asInt(0) : 0;
        JsonNode node = graph.get(id);
        if (node == null || !visited.add(id + ":" + slot)) return;
        String type = node.path("class_type").asText("");
        JsonNode in = node.path("inputs");
        if (type.equals("ConditioningZeroOut")) return; // an explicitly empty conditioning
        if (type.startsWith("GLIGENTextBoxApply")) {
            collect(in.get("conditioning_to"), out, depth + 1, visited);
            String text = resolveText(in.get("text"), 0);
            if (text != null) {
                out.add("[GLIGEN box " + in.path("width").asText() + "x" + in.path("height").asText() + "@"
                        + in.path("x").asText() + "," + in.path("y").asText() + "] " + text);
            }
            return;
        }
        boolean passesThrough = in.has("positive") && in.has("negative");
        if (passesThrough) {
            // ControlNetApplyAdvanced, InstructPixToPixConditioning...: output 0 is positive, 1 negative
            collect(in.get(slot == 1 ? "negative" : "positive"), out, depth + 1, visited);
            return;
        }
        String text = encoderText(in);
        if (text != null) {
            out.add(text);
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = in.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String name = f.getKey().toLowerCase(Locale.ROOT);
            if (f.getValue().isArray() && (name.contains("cond") || name.equals("positive"))) {
                collect(f.getValue(), out, depth + 1, visited);
            }
        }
    }

    /** The text of an encoder node, or null when the node has no text-like input. */
    private String encoderText(JsonNode in) {
        for (String name : TEXT_INPUTS) {
            JsonNode v = in.get(name);
            if (v == null) continue;
            String text = resolveText(v, 0);
            if (text != null) return text;
        }
        return null;
    }

    /** A literal string, or the string a linked node produces. */
    private String resolveText(JsonNode v, int depth) {
        if (v == null || depth > MAX_DEPTH || --visitsLeft < 0) return null;
        if (v.isTextual()) return v.asText();
        if (!v.isArray() || v.size() < 1) return null;
        JsonNode node = graph.get(v.get(0).asText());
        if (node == null) return null;
        String type = node.path("class_type").asText("");
        if (type.toLowerCase(Locale.ROOT).contains("textgenerate") || type.toLowerCase(Locale.ROOT).contains("llm")) {
            notes.add("prompt expanded at run time by " + type + "; shown is its input");
        }
        if (type.equals("AutoNegativePrompt")) notes.add("negative generated at run time by AutoNegativePrompt; shown is its base");
        JsonNode in = node.path("inputs");
        if (in.has("on_true") && in.has("on_false") && in.has("switch")) { // a boolean switch between two strings
            Boolean on = resolveBoolean(in.get("switch"), depth + 1);
            if (on != null) return resolveText(in.get(on ? "on_true" : "on_false"), depth + 1);
        }
        if (in.has("string_a") && in.has("string_b")) { // StringConcatenate and kin
            String a = resolveText(in.get("string_a"), depth + 1), b = resolveText(in.get("string_b"), depth + 1);
            if (a != null && b != null) return concatenated(a, in.path("delimiter").asText(""), b);
        }
        if (in.has("source") && !in.has("text")) return resolveText(in.get("source"), depth + 1); // PreviewAny
        for (String name : STRING_SOURCE_INPUTS) {
            JsonNode sv = in.get(name);
            if (sv == null) continue;
            if (sv.isTextual() && sv.asText().isEmpty() && name.equals("populated_text")) continue;
            String s = resolveText(sv, depth + 1);
            if (s != null) return s;
        }
        return null;
    }

    /** {@code a + delimiter + b}, within the caps on the text's length and on the text built in all. */
    private String concatenated(String a, String delimiter, String b) {
        long length = (long) a.length() + delimiter.length() + b.length();
        if (length > MAX_TEXT_CHARS) {
            throw new MetadataLimitException("the ComfyUI graph in " + carrier + " builds a text of over "
                    + (MAX_TEXT_CHARS >> 20) + " MB from its string nodes; refused");
        }
        builtCharsLeft -= length;
        if (builtCharsLeft < 0) {
            throw new MetadataLimitException("the string nodes of the ComfyUI graph in " + carrier + " build over "
                    + (MAX_BUILT_CHARS >> 20) + " MB of text in all; refused");
        }
        return a + delimiter + b;
    }

    private Boolean resolveBoolean(JsonNode v, int depth) {
        if (v == null || depth > MAX_DEPTH || --visitsLeft < 0) return null;
        if (v.isBoolean()) return v.asBoolean();
        if (!v.isArray() || v.size() < 1) return null;
        JsonNode node = graph.get(v.get(0).asText());
        return node == null ? null : resolveBoolean(node.path("inputs").get("value"), depth + 1);
    }

    private void samplerSettings(JsonNode node, JsonNode in, Map<String, String> s) {
        putIfValue(s, "sampler", in.get("sampler_name"));
        putIfValue(s, "scheduler", in.get("scheduler"));
        putIfValue(s, "steps", in.get("steps"));
        putIfValue(s, "cfg", in.get("cfg"));
        putIfValue(s, "seed", in.has("seed") ? in.get("seed") : in.get("noise_seed"));
        putIfValue(s, "denoise", in.get("denoise"));
        String model = modelName(in.get("model"), 0);
        if (model != null) s.putIfAbsent("model", model);
        String size = latentSize(in.get("latent_image"), 0);
        if (size != null) s.putIfAbsent("size", size);
    }

    private static void putIfValue(Map<String, String> s, String key, JsonNode v) {
        if (v != null && v.isValueNode() && !s.containsKey(key)) s.put(key, v.asText());
    }

    /** Follows the model link through LoRA loaders and patches to the checkpoint or UNet loader. */
    private String modelName(JsonNode link, int depth) {
        if (link == null || !link.isArray() || link.size() < 1 || depth > MAX_DEPTH || --visitsLeft < 0) return null;
        JsonNode node = graph.get(link.get(0).asText());
        if (node == null) return null;
        JsonNode in = node.path("inputs");
        for (String name : List.of("ckpt_name", "unet_name", "model_name", "model_path")) {
            if (in.path(name).isTextual()) return in.get(name).asText();
        }
        for (String name : List.of("model", "on_true", "on_false")) { // through patches and switches
            String m = modelName(in.get(name), depth + 1);
            if (m != null) return m;
        }
        return null;
    }

    private String latentSize(JsonNode link, int depth) {
        if (link == null || !link.isArray() || link.size() < 1 || depth > MAX_DEPTH || --visitsLeft < 0) return null;
        JsonNode node = graph.get(link.get(0).asText());
        if (node == null) return null;
        JsonNode in = node.path("inputs");
        if (in.path("width").isNumber() && in.path("height").isNumber()) {
            return in.get("width").asInt() + "x" + in.get("height").asInt();
        }
        for (String name : List.of("samples", "latent_image", "latent")) {
            String s = latentSize(in.get(name), depth + 1);
            if (s != null) return s;
        }
        return null;
    }

    /**
     * The UI workflow has nodes with numbered link ids and positional widget values. Only what the
     * prompt search needs is mapped: links by input name, and the first widget of text nodes.
     */
    static final class WorkflowToApi {
        private WorkflowToApi() {}

        static JsonNode convert(JsonNode wf) {
            JsonNode nodes = wf.path("nodes");
            if (!nodes.isArray()) return null;
            Map<Long, long[]> links = new LinkedHashMap<>(); // link id -> {from node, from slot}
            for (JsonNode l : wf.path("links")) {
                if (l.isArray() && l.size() >= 3) links.put(l.get(0).asLong(), new long[] {l.get(1).asLong(), l.get(2).asLong()});
            }
            ObjectNode api = JsonNodeFactory.instance.objectNode();
            for (JsonNode n : nodes) {
                ObjectNode out = api.putObject(n.path("id").asText());
                out.put("class_type", n.path("type").asText());
                ObjectNode in = out.putObject("inputs");
                for (JsonNode input : n.path("inputs")) {
                    long[] from = links.get(input.path("link").asLong(-1));
                    if (from != null) in.putArray(input.path("name").asText()).add(String.valueOf(from[0])).add(from[1]);
                }
                JsonNode widgets = n.path("widgets_values");
                String type = n.path("type").asText().toLowerCase(Locale.ROOT);
                if (widgets.isArray() && widgets.size() > 0 && widgets.get(0).isTextual()
                        && (type.contains("textencode") || type.contains("string") || type.contains("text")) && !in.has("text")) {
                    in.put("text", widgets.get(0).asText());
                }
            }
            return api;
        }
    }
}
