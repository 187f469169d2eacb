package dev.patina.io;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises text written by image generators, so metadata fields that are sometimes plain camera
 * or user text (EXIF UserComment, ImageDescription, Make/Model, JPEG COM, XMP) are only treated as a
 * prompt when their content says so.
 */
final class GenerationText {
    private GenerationText() {}

    /**
     * PNG text keywords whose whole content is generation data: {@code parameters}
     * (AUTOMATIC1111, Forge, Fooocus, SD.Next, SwarmUI, RuinedFooocus), {@code prompt} and
     * {@code workflow} (ComfyUI), {@code Description} and {@code Comment} (NovelAI),
     * {@code invokeai_metadata}, {@code invokeai_graph}, {@code invokeai_workflow}, {@code sd-metadata}
     * and {@code dream} (InvokeAI), {@code generation_data} (Tensor.Art), {@code parameters-json}
     * and {@code smproj} (Stability Matrix), {@code fooocus_scheme} (Fooocus).
     * Matched case-insensitively.
     */
    static final Set<String> PROMPT_KEYS = Set.of(
        "parameters", "prompt", "workflow", "description", "comment", "invokeai_metadata",
        "invokeai_graph", "invokeai_workflow", "sd-metadata", "dream", "generation_data",
        "parameters-json", "smproj", "fooocus_scheme");

    private static final Pattern INFOTEXT = Pattern.compile(
        "(?s).*(Negative prompt:|Steps: ?\\d|Sampler: |CFG scale: |\"prompt\"|\"workflow\"|\"class_type\"|"
            + "\"[A-Za-z_]*prompt[A-Za-z_]*\"\\s*:|\"positive\"|sd-metadata|invokeai).*");

    /** Keys that are also ordinary PNG keywords (Photoshop writes a "Comment"), so content decides. */
    private static final Set<String> AMBIGUOUS_KEYS = Set.of("description", "comment");

    /**
     * True when a PNG text chunk is generation data: a key of {@link #PROMPT_KEYS}; for the
     * ambiguous {@code Description} and {@code Comment} only when the text looks generated or the
     * file says it came from NovelAI (its Description is a bare prompt).
     */
    static boolean isPromptChunk(String keyword, String value, java.util.Map<String, String> all) {
        if (keyword == null || value == null || value.isBlank()) return false;
        String k = keyword.toLowerCase(Locale.ROOT);
        if (!PROMPT_KEYS.contains(k)) return false;
        if (!AMBIGUOUS_KEYS.contains(k)) return true;
        String software = all.getOrDefault("Software", "");
        return looksGenerated(value) || software.contains("NovelAI");
    }

    /** True for A1111 infotext, generator JSON, or ComfyUI's "prompt:"/"workflow:" EXIF prefixes. */
    static boolean looksGenerated(String text) {
        if (text == null || text.isBlank()) return false;
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("prompt:") || lower.startsWith("workflow:")) return true;
        return INFOTEXT.matcher(t).matches();
    }
}
