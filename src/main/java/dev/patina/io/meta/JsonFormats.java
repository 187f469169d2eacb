package dev.patina.io.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON metadata formats that name their prompt fields directly: SwarmUI
 * ({@code sui_image_params}), Fooocus and RuinedFooocus, Hugging Face Spaces, Tensor.Art
 * ({@code generation_data}), Stability Matrix ({@code parameters-json}), InvokeAI
 * ({@code invokeai_metadata}, legacy {@code sd-metadata}), NovelAI ({@code Comment}) and Draw Things
 * (XMP {@code exif:UserComment}).
 */
final class JsonFormats {
    private JsonFormats() {}

    /** A JSON object with a recognisable prompt field, from whichever tool wrote it. */
    static Optional<GenerationInfo> fromJson(JsonNode j, String carrier) {
        if (j.has("sui_image_params")) return swarm(j.get("sui_image_params"), carrier);
        if (j.has("positive_prompt") || j.has("positive_style_prompt")) return invokeAi(j, carrier);
        if (j.has("Prompt") && j.has("Negative")) return simple("RuinedFooocus", j, carrier, "Prompt", "Negative");
        if (j.has("PositivePrompt")) return simple("Stability Matrix", j, carrier, "PositivePrompt", "NegativePrompt");
        if (j.has("c") && j.has("uc")) return simple("Draw Things", j, carrier, "c", "uc");
        if (j.has("metadata_scheme") || j.has("full_prompt")) return simple("Fooocus", j, carrier, "prompt", "negative_prompt");
        if (j.has("negativePrompt")) return simple("Tensor.Art", j, carrier, "prompt", "negativePrompt");
        if (j.has("prompt") && j.get("prompt").isTextual() && (j.has("uc") || j.has("v4_prompt"))) {
            return novelAi(null, j, carrier);
        }
        if (j.has("prompt") && j.get("prompt").isTextual()) return simple("JSON parameters", j, carrier, "prompt", "negative_prompt");
        return Optional.empty();
    }

    private static Optional<GenerationInfo> simple(String generator, JsonNode j, String carrier, String promptKey,
                                                   String negativeKey) {
        String prompt = Json.text(j, promptKey);
        if (prompt == null) return Optional.empty();
        String negative = Json.text(j, negativeKey);
        return Optional.of(new GenerationInfo(generator, carrier, prompt, negative, settings(j)));
    }

    private static Optional<GenerationInfo> swarm(JsonNode p, String carrier) {
        String prompt = Json.text(p, "prompt");
        if (prompt == null) return Optional.empty();
        return Optional.of(new GenerationInfo("SwarmUI", carrier, prompt, Json.text(p, "negativeprompt"), settings(p)));
    }

    private static Optional<GenerationInfo> invokeAi(JsonNode j, String carrier) {
        String prompt = Json.text(j, "positive_prompt");
        if (prompt == null) return Optional.empty();
        return Optional.of(new GenerationInfo("InvokeAI", carrier, prompt, Json.text(j, "negative_prompt"), settings(j)));
    }

    /** NovelAI: the prompt in Description (or the Comment's own "prompt"), the negative in "uc". */
    static Optional<GenerationInfo> novelAi(String description, JsonNode comment, String carrier) {
        String prompt = description != null ? description : Json.text(comment, "prompt");
        if (prompt == null) prompt = comment.path("v4_prompt").path("caption").path("base_caption").asText(null);
        if (prompt == null) return Optional.empty();
        String negative = Json.text(comment, "uc");
        if (negative == null) negative = comment.path("v4_negative_prompt").path("caption").path("base_caption").asText(null);
        return Optional.of(new GenerationInfo("NovelAI", carrier, prompt, negative, settings(comment)));
    }

    /** InvokeAI 2.x "sd-metadata": the prompt list of the image, with [negative] parts in brackets. */
    static Optional<GenerationInfo> invokeLegacy(JsonNode j, String carrier) {
        JsonNode image = j.path("image");
        JsonNode prompts = image.path("prompt");
        String raw = prompts.isTextual() ? prompts.asText()
                : prompts.isArray() && prompts.size() > 0 ? prompts.get(0).path("prompt").asText(null) : null;
        if (raw == null) return Optional.empty();
        Map<String, String> s = settings(image);
        String model = Json.text(j, "model_weights");
        if (model != null) s.put("model", model);
        return Optional.of(InvokeDream.splitNegative("InvokeAI", carrier, raw, s));
    }

    /** Generation settings under their usual names; other scalar fields are kept as they are. */
    static Map<String, String> settings(JsonNode j) {
        Map<String, String> s = new LinkedHashMap<>();
        put(s, "model", j, "model", "base_model", "base_model_name", "Model", "ModelName", "model_weights");
        JsonNode model = j.get("model");
        if (model != null && model.isObject()) {
            String name = Json.firstText(model, "model_name", "name");
            if (name != null) s.put("model", name);
        }
        JsonNode base = j.get("baseModel");
        if (base != null && base.isObject() && !s.containsKey("model")) {
            String name = Json.firstText(base, "modelFileName", "label");
            if (name != null) s.put("model", name);
        }
        put(s, "sampler", j, "sampler", "sampler_name", "ksamplerName", "Sampler");
        put(s, "scheduler", j, "scheduler", "schedule", "noise_schedule");
        put(s, "steps", j, "steps", "num_inference_steps", "Steps");
        put(s, "cfg", j, "cfg_scale", "cfgscale", "cfg", "scale", "guidance_scale", "cfgScale", "CfgScale");
        put(s, "seed", j, "seed", "Seed");
        String w = Json.firstText(j, "width", "Width"), h = Json.firstText(j, "height", "Height");
        if (w != null && h != null) s.put("size", w + "x" + h);
        else put(s, "size", j, "resolution", "size");
        return s;
    }

    private static void put(Map<String, String> s, String key, JsonNode j, String... names) {
        if (s.containsKey(key)) return;
        String v = Json.firstText(j, names);
        if (v != null && !v.isEmpty()) s.put(key, v);
    }
}
