package dev.patina.io.meta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an image file says about how it was generated.
 *
 * @param generator      the tool that wrote it: "AUTOMATIC1111", "ComfyUI", "NovelAI"...
 * @param carrier        where in the file it was found: "PNG tEXt parameters", "EXIF UserComment"...
 * @param prompt         the main positive prompt ("" when the tool stored none)
 * @param negative       the negative prompt ("" when none)
 * @param settings       generation settings by normalised key: model, sampler, scheduler, steps, cfg,
 *                       seed, size, plus whatever else the tool wrote, in file order
 * @param otherPrompts   further positive texts (ComfyUI graphs with several encoders or samplers)
 * @param otherNegatives further negative texts
 */
public record GenerationInfo(String generator, String carrier, String prompt, String negative,
                             Map<String, String> settings, List<String> otherPrompts, List<String> otherNegatives) {

    public GenerationInfo {
        // NUL chars appear in some writers' padding (NovelAI WebP Description): never part of a prompt
        prompt = prompt == null ? "" : prompt.replace("\u0000", "");
        negative = negative == null ? "" : negative.replace("\u0000", "");
        settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        otherPrompts = otherPrompts == null ? List.of() : List.copyOf(otherPrompts);
        otherNegatives = otherNegatives == null ? List.of() : List.copyOf(otherNegatives);
    }

    public GenerationInfo(String generator, String carrier, String prompt, String negative, Map<String, String> settings) {
        this(generator, carrier, prompt, negative, settings, List.of(), List.of());
    }

    /** The model or checkpoint name, or null. */
    public String model() {
        return settings.get("model");
    }

    /** Every positive text: the main prompt first. */
    public List<String> allPrompts() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add(prompt);
        all.addAll(otherPrompts);
        return all;
    }

    public List<String> allNegatives() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        if (!negative.isEmpty() || !otherNegatives.isEmpty()) all.add(negative);
        all.addAll(otherNegatives);
        return all;
    }

    public GenerationInfo withCarrier(String newCarrier) {
        return new GenerationInfo(generator, newCarrier, prompt, negative, settings, otherPrompts, otherNegatives);
    }
}
