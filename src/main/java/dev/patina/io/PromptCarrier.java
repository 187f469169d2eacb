package dev.patina.io;

import java.util.Map;

/**
 * Chooses the generation text an export writes into EXIF UserComment (JPEG) or ImageDescription
 * (TIFF), following the conventions readers of AI metadata already know:
 * <ol>
 * <li>PNG {@code parameters} (A1111 infotext): written as is, which is what A1111/Forge write into
 *     their own JPEGs, so infotext parsers read it back;</li>
 * <li>an existing UserComment (JPEG/WebP sources) is kept;</li>
 * <li>ComfyUI {@code prompt} (+ {@code workflow}) becomes {"prompt":...,"workflow":...}, the layout
 *     of ComfyUI SaveImagePlus JPEGs; the workflow is dropped first when too big;</li>
 * <li>otherwise the first of NovelAI {@code Comment} (JSON with the prompt and settings), InvokeAI
 *     {@code invokeai_metadata}/{@code sd-metadata}/{@code dream}, Tensor.Art {@code generation_data},
 *     NovelAI {@code Description} (a bare prompt).</li>
 * </ol>
 */
final class PromptCarrier {
    private PromptCarrier() {}

    /** The text, or null; {@code maxChars} bounds it (a JPEG APP1 segment holds 64 KB). */
    static String text(SourceMetadata meta, int maxChars) {
        Map<String, String> t = meta.text();
        String params = t.get("parameters");
        if (fits(params, maxChars)) return params;
        String comment = meta.userComment();
        if (fits(comment, maxChars)) return comment;
        String prompt = t.get("prompt"), workflow = t.get("workflow");
        if (prompt != null && looksJson(prompt)) {
            String both = workflow != null && looksJson(workflow)
                ? "{\"prompt\":" + prompt.strip() + ",\"workflow\":" + workflow.strip() + "}" : null;
            if (fits(both, maxChars)) return both;
            String only = "{\"prompt\":" + prompt.strip() + "}";
            if (fits(only, maxChars)) return only;
        } else if (fits(prompt, maxChars)) {
            return prompt;
        }
        for (String key : new String[] {"Comment", "invokeai_metadata", "sd-metadata", "dream", "generation_data", "Description"}) {
            String v = t.get(key);
            if (fits(v, maxChars) && GenerationText.isPromptChunk(key, v, t)) return v;
        }
        return null;
    }

    private static boolean fits(String s, int maxChars) {
        return s != null && !s.isBlank() && s.length() <= maxChars;
    }

    private static boolean looksJson(String s) {
        String t = s.strip();
        return t.startsWith("{") && t.endsWith("}");
    }
}
