package dev.patina.io.meta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patina.io.InvalidFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the generation prompt, negative prompt and settings embedded in a PNG, JPEG or WebP
 * file by AUTOMATIC1111, Forge, SD.Next, Fooocus, ComfyUI, NovelAI, InvokeAI, SwarmUI, Draw
 * Things, Civitai, Tensor.Art, Stability Matrix and others. The container is recognised by its
 * magic bytes, not the file name. Damaged metadata becomes a problem in the result; only an
 * unreadable file throws.
 */
public final class PromptExtractor {
    /** Larger files are refused before reading: no generated image is that big. */
    static final long MAX_FILE_BYTES = 512L << 20;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8};

    private PromptExtractor() {}

    public static ExtractionResult extract(Path file) throws IOException {
        // A FIFO or device would block the read below (or never end): only regular files are read.
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new InvalidFileException("not a regular file (a folder, FIFO or device)");
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) throw new IOException("file is larger than " + (MAX_FILE_BYTES >> 20) + " MB");
        try {
            return extract(Files.readAllBytes(file), file.getFileName().toString());
        } catch (MetadataLimitException e) {
            throw new InvalidFileException(e.getMessage(), e);
        }
    }

    /** @throws MetadataLimitException when the metadata would build more text than Patina reads */
    public static ExtractionResult extract(byte[] data, String name) {
        RawMetadata raw;
        if (Bytes.startsWith(data, 0, PngChunkReader.SIGNATURE)) {
            raw = new RawMetadata("PNG");
            PngChunkReader png = PngChunkReader.read(data, raw);
            Optional<GenerationInfo> info = interpret(raw);
            if (info.isEmpty() && png.hasAlpha && png.pixels > 0 && png.pixels <= StealthPngInfo.MAX_PIXELS) {
                info = StealthPngInfo.read(data, raw)
                        .map(text -> A1111Infotext.parse(text, "PNG alpha channel (stealth pnginfo)"));
            }
            return new ExtractionResult(name, raw.container, info, raw.problems);
        }
        if (Bytes.startsWith(data, 0, JPEG)) {
            raw = new RawMetadata("JPEG");
            JpegSegmentReader.read(data, raw);
        } else if (data.length >= 12 && Bytes.startsWith(data, 0, "RIFF".getBytes()) && Bytes.startsWith(data, 8, "WEBP".getBytes())) {
            raw = new RawMetadata("WebP");
            WebpChunkReader.read(data, raw);
        } else {
            return new ExtractionResult(name, "unknown", Optional.empty(),
                    List.of(data.length == 0 ? "the file is empty" : "unrecognised file signature"));
        }
        return new ExtractionResult(name, raw.container, interpret(raw), raw.problems);
    }

    /** Tries the formats from the most specific to the most generic. */
    static Optional<GenerationInfo> interpret(RawMetadata raw) {
        Optional<GenerationInfo> info = raw.get("parameters").flatMap(t -> parameters(t, raw));
        if (info.isEmpty()) info = jsonField(raw, "generation_data");
        if (info.isEmpty()) info = jsonField(raw, "parameters-json");
        if (info.isEmpty()) info = jsonField(raw, "invokeai_metadata");
        if (info.isEmpty()) info = raw.get("sd-metadata").flatMap(t -> json(t, raw).flatMap(j -> JsonFormats.invokeLegacy(j, t.describe())));
        if (info.isEmpty()) info = raw.get("Dream").map(t -> InvokeDream.parse(t.value(), t.describe()));
        if (info.isEmpty()) info = novelAi(raw);
        if (info.isEmpty()) info = raw.get("exif:UserComment").flatMap(t -> Json.object(t.value()).flatMap(j -> JsonFormats.fromJson(j, t.describe())));
        if (info.isEmpty()) info = raw.get("UserComment").flatMap(t -> userComment(t, raw));
        if (info.isEmpty()) info = comfy(raw, raw.get("prompt"), raw.get("workflow"));
        if (info.isEmpty()) info = comfyInExif(raw);
        if (info.isEmpty()) info = raw.get("dc:description").flatMap(PromptExtractor::plainOrInfotext);
        if (info.isEmpty()) info = raw.get("Comment").filter(t -> A1111Infotext.matches(t.value()))
                .map(t -> A1111Infotext.parse(t.value(), t.describe()));
        return info;
    }

    private static Optional<GenerationInfo> parameters(MetadataText t, RawMetadata raw) {
        if (Json.looksLikeJson(t.value())) {
            Optional<JsonNode> j = json(t, raw);
            return j.flatMap(node -> JsonFormats.fromJson(node, t.describe()));
        }
        return Optional.of(A1111Infotext.parse(t.value(), t.describe()));
    }

    private static Optional<GenerationInfo> jsonField(RawMetadata raw, String key) {
        return raw.get(key).flatMap(t -> json(t, raw).flatMap(j -> JsonFormats.fromJson(j, t.describe())));
    }

    private static Optional<JsonNode> json(MetadataText t, RawMetadata raw) {
        Optional<JsonNode> j = Json.object(t.value());
        if (j.isEmpty()) raw.problem(t.describe() + " is not valid JSON");
        return j;
    }

    private static Optional<GenerationInfo> novelAi(RawMetadata raw) {
        Optional<MetadataText> comment = raw.get("Comment");
        boolean software = raw.get("Software").map(s -> s.value().contains("NovelAI")).orElse(false);
        if (comment.isEmpty() || (!software && raw.get("Description").isEmpty())) return Optional.empty();
        Optional<JsonNode> j = Json.object(comment.get().value());
        if (j.isEmpty()) return Optional.empty();
        String description = raw.get("Description").map(MetadataText::value).orElse(null);
        return JsonFormats.novelAi(description, j.get(), comment.get().describe())
                .map(g -> withModel(g, raw.get("Source").map(MetadataText::value).orElse(null)));
    }

    private static GenerationInfo withModel(GenerationInfo g, String model) {
        if (model == null || g.settings().containsKey("model")) return g;
        java.util.Map<String, String> s = new java.util.LinkedHashMap<>(g.settings());
        s.put("model", model);
        return new GenerationInfo(g.generator(), g.carrier(), g.prompt(), g.negative(), s, g.otherPrompts(), g.otherNegatives());
    }

    /** EXIF UserComment: A1111 infotext, or JSON from SwarmUI, NovelAI, ComfyUI save nodes or Civitai. */
    private static Optional<GenerationInfo> userComment(MetadataText t, RawMetadata raw) {
        String v = t.value();
        if (!Json.looksLikeJson(v)) return v.isBlank() ? Optional.empty() : Optional.of(A1111Infotext.parse(v, t.describe()));
        Optional<JsonNode> parsed = json(t, raw);
        if (parsed.isEmpty()) return Optional.empty();
        JsonNode j = parsed.get();
        if (ComfyGraph.isApiGraph(j)) return ComfyGraph.fromApiGraph(j, t.describe()).map(g -> renamed(g, "ComfyUI (Civitai)"));
        if (j.path("prompt").isObject()) {
            Optional<GenerationInfo> g = ComfyGraph.fromApiGraph(j.get("prompt"), t.describe());
            if (g.isEmpty() && j.path("workflow").isObject()) g = ComfyGraph.fromWorkflow(j.get("workflow"), t.describe());
            return g;
        }
        if (j.path("Comment").isTextual()) {
            Optional<JsonNode> comment = Json.object(j.get("Comment").asText());
            if (comment.isPresent()) return JsonFormats.novelAi(Json.text(j, "Description"), comment.get(), t.describe());
        }
        return JsonFormats.fromJson(j, t.describe());
    }

    private static GenerationInfo renamed(GenerationInfo g, String generator) {
        return new GenerationInfo(generator, g.carrier(), g.prompt(), g.negative(), g.settings(), g.otherPrompts(), g.otherNegatives());
    }

    private static Optional<GenerationInfo> comfy(RawMetadata raw, Optional<MetadataText> prompt, Optional<MetadataText> workflow) {
        if (prompt.isPresent()) {
            Optional<JsonNode> j = json(prompt.get(), raw);
            if (j.isPresent() && ComfyGraph.isApiGraph(j.get())) {
                Optional<GenerationInfo> g = ComfyGraph.fromApiGraph(j.get(), prompt.get().describe());
                if (g.isPresent()) return g;
            }
        }
        if (workflow.isPresent()) {
            Optional<JsonNode> j = json(workflow.get(), raw);
            if (j.isPresent()) return ComfyGraph.fromWorkflow(j.get(), workflow.get().describe());
        }
        return Optional.empty();
    }

    /** ComfyUI WebP/JPEG: "prompt:{...}" / "workflow:{...}" in EXIF Make, Model or ImageDescription. */
    private static Optional<GenerationInfo> comfyInExif(RawMetadata raw) {
        Optional<MetadataText> prompt = Optional.empty(), workflow = Optional.empty();
        for (MetadataText t : raw.texts) {
            if (!(t.key().equals("Make") || t.key().equals("Model") || t.key().equals("ImageDescription"))) continue;
            String v = t.value();
            int colon = v.indexOf(':');
            if (colon < 0 || colon > 12) continue;
            String label = v.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
            MetadataText json = new MetadataText(t.key(), v.substring(colon + 1).trim(), t.carrier());
            if (label.equals("prompt")) prompt = Optional.of(json);
            else if (label.equals("workflow")) workflow = Optional.of(json);
        }
        return prompt.isEmpty() && workflow.isEmpty() ? Optional.empty() : comfy(raw, prompt, workflow);
    }

    /** XMP dc:description: infotext when it has that shape, else the plain text is the prompt. */
    private static Optional<GenerationInfo> plainOrInfotext(MetadataText t) {
        if (t.value().isBlank()) return Optional.empty();
        if (A1111Infotext.matches(t.value())) return Optional.of(A1111Infotext.parse(t.value(), t.describe()));
        return Optional.empty();
    }
}
