package dev.patina.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metadata of a source file that an export carries over.
 *
 * @param exif raw EXIF as a TIFF-structured block (no "Exif\0\0" prefix), or null
 * @param xmp the XMP packet, or null
 * @param text PNG text chunks (tEXt, zTXt, iTXt) keyword to text, in file order; never null
 * @param comment the JPEG COM segment text, or null
 */
public record SourceMetadata(byte[] exif, String xmp, Map<String, String> text, String comment) {

    public static final SourceMetadata EMPTY = new SourceMetadata(null, null, Map.of(), null);

    public SourceMetadata {
        text = text == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(text));
        exif = exif == null || exif.length == 0 ? null : exif.clone();
    }

    @Override
    public byte[] exif() { return exif == null ? null : exif.clone(); }

    /** The EXIF UserComment as text (ASCII or UNICODE coded), or null. */
    public String userComment() { return ExifBlock.userComment(exif); }

    /** EXIF ImageDescription, or null. */
    public String imageDescription() { return ExifBlock.imageDescription(exif); }

    /** EXIF orientation 1..8 (1 when absent). */
    public int orientation() { return ExifBlock.orientation(exif); }

    /**
     * True when any field holds generation data: a PNG text chunk named in
     * {@link GenerationText#PROMPT_KEYS} (Description/Comment only with generated-looking content
     * or Software "NovelAI", since Photoshop writes a plain Comment too), or an EXIF UserComment / ImageDescription / Make / Model,
     * JPEG comment or XMP packet whose content looks generated (A1111 infotext, generator JSON,
     * ComfyUI's "prompt:" prefix).
     */
    public boolean hasPrompt() {
        for (Map.Entry<String, String> e : text.entrySet()) {
            if (GenerationText.isPromptChunk(e.getKey(), e.getValue(), text)) return true;
        }
        return GenerationText.looksGenerated(userComment()) || GenerationText.looksGenerated(imageDescription())
            || ExifBlock.hasGeneratedText(exif) || GenerationText.looksGenerated(comment)
            || GenerationText.looksGenerated(xmp);
    }

    /**
     * A copy without generation data. Dropped: PNG text chunks named in
     * {@link GenerationText#PROMPT_KEYS} (Description/Comment as in {@link #hasPrompt()}); EXIF UserComment, ImageDescription, Make and Model when their
     * text looks generated (camera text stays); a JPEG comment that looks generated; the whole XMP
     * packet (generators write prompts into dc:description and private namespaces, and a partial
     * XMP edit is not worth the risk of leaking them). Everything else (camera EXIF, other text
     * chunks) is kept.
     */
    public SourceMetadata withoutPrompt() {
        Map<String, String> kept = new LinkedHashMap<>();
        text.forEach((k, v) -> { if (!GenerationText.isPromptChunk(k, v, text)) kept.put(k, v); });
        byte[] cleanExif = ExifBlock.withoutGeneratedText(exif);
        String cleanComment = GenerationText.looksGenerated(comment) ? null : comment;
        return new SourceMetadata(cleanExif, null, kept, cleanComment);
    }
}
