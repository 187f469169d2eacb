package dev.patina.io.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** Extraction from bundled (MIT) fixtures and from hand-built damaged files. */
class PromptExtractorTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PromptExtractorTest.class.getResourceAsStream("/lint/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void a1111PngParametersGivePromptNegativeAndSettings() throws IOException {
        ExtractionResult r = PromptExtractor.extract(resource("parsers__AUTOMATIC1111__automatic1111_cropped.png"), "a.png");
        GenerationInfo g = r.info().orElseThrow();
        assertThat(g.prompt()).isEqualTo("photo of a duck");
        assertThat(g.negative()).isEqualTo("monochrome");
        assertThat(g.settings()).containsEntry("steps", "15").containsEntry("sampler", "UniPC").containsEntry("cfg", "5")
                .containsEntry("seed", "235284042").containsEntry("size", "512x400")
                .containsEntry("model", "realistic_realisticVisionV20_v20");
    }

    @Test
    void jpegUserCommentInUtf16() throws IOException {
        GenerationInfo g = PromptExtractor.extract(resource("parsers__AUTOMATIC1111__automatic1111_cropped.jpg"), "a.jpg")
                .info().orElseThrow();
        assertThat(g.prompt()).isEqualTo("photo of a duck");
        assertThat(g.carrier()).isEqualTo("JPEG EXIF UserComment");
    }

    @Test
    void stealthAlphaChannelInfotext() throws IOException {
        GenerationInfo g = PromptExtractor.extract(resource("parsers__AUTOMATIC1111__automatic1111_stealth.png"), "s.png")
                .info().orElseThrow();
        assertThat(g.prompt()).isEqualTo("a circle");
        assertThat(g.negative()).isEqualTo("a square");
    }

    @Test
    void comfyGraphAndNovelAi() throws IOException {
        GenerationInfo comfy = PromptExtractor.extract(resource("parsers__ComfyUI__img2img_cropped.png"), "c.png").info().orElseThrow();
        assertThat(comfy.generator()).isEqualTo("ComfyUI");
        assertThat(comfy.prompt().strip()).isEqualTo("photograph of victorian woman with wings, sky clouds, meadow grass");
        assertThat(comfy.negative().strip()).isEqualTo("watermark, text");
        GenerationInfo nai = PromptExtractor.extract(resource("parsers__NovelAI__novelai1_cropped.png"), "n.png").info().orElseThrow();
        assertThat(nai.generator()).isEqualTo("NovelAI");
        assertThat(nai.negative()).startsWith("lowres, bad anatomy");
    }

    @Test
    void textAfterImageDataIsFound() throws IOException {
        assertThat(PromptExtractor.extract(resource("bad_images__text_after_idat.png"), "t.png").info().orElseThrow().prompt())
                .isEqualTo("photo of a duck");
    }

    @Test
    void emptyAndForeignFilesSayWhy() {
        ExtractionResult empty = PromptExtractor.extract(new byte[0], "x.png");
        assertThat(empty.hasPrompt()).isFalse();
        assertThat(empty.isImage()).isFalse();
        assertThat(empty.summary()).isEqualTo("x.png: not a PNG, JPEG or WebP image (the file is empty)");
        ExtractionResult text = PromptExtractor.extract("hello".getBytes(StandardCharsets.UTF_8), "x.txt");
        assertThat(text.summary()).contains("not a PNG, JPEG or WebP image");
    }

    @Test
    void pngWithoutPromptSaysSo() {
        byte[] png = png(chunk("IHDR", new byte[13]), chunk("tEXt", "Software\0GIMP".getBytes(StandardCharsets.ISO_8859_1)),
                chunk("IEND", new byte[0]));
        ExtractionResult r = PromptExtractor.extract(png, "plain.png");
        assertThat(r.hasPrompt()).isFalse();
        assertThat(r.summary()).isEqualTo("plain.png: no generation prompt in this PNG");
    }

    @Test
    void corruptCompressedChunkIsAMessageNotAnException() {
        byte[] bad = "parameters\0\0this is not zlib".getBytes(StandardCharsets.ISO_8859_1);
        ExtractionResult r = PromptExtractor.extract(png(chunk("IHDR", new byte[13]), chunk("zTXt", bad), chunk("IEND", new byte[0])), "z.png");
        assertThat(r.hasPrompt()).isFalse();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("zTXt 'parameters'").contains("corrupt"));
    }

    @Test
    void compressedInternationalTextIsRead() {
        byte[] text = "a red fox\nNegative prompt: blurry\nSteps: 20, Seed: 1".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("parameters\0\1\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(deflate(text));
        GenerationInfo g = PromptExtractor.extract(png(chunk("IHDR", new byte[13]), chunk("iTXt", body.toByteArray()),
                chunk("IEND", new byte[0])), "i.png").info().orElseThrow();
        assertThat(g.prompt()).isEqualTo("a red fox");
        assertThat(g.negative()).isEqualTo("blurry");
        assertThat(g.settings()).containsEntry("seed", "1");
    }

    @Test
    void truncatedChunkIsReported() {
        byte[] whole = png(chunk("IHDR", new byte[13]), chunk("tEXt", "parameters\0a cat".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 8);
        ExtractionResult r = PromptExtractor.extract(cut, "cut.png");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("tEXt").contains("truncated"));
    }

    @Test
    void littleEndianUnicodeUserCommentInWebp() {
        byte[] comment = concat("UNICODE\0".getBytes(StandardCharsets.ISO_8859_1),
                "a blue bird\nSteps: 4".getBytes(StandardCharsets.UTF_16LE));
        byte[] exif = tiffWithUserComment(comment);
        byte[] webp = riff(concat("EXIF".getBytes(StandardCharsets.ISO_8859_1), le32(exif.length), exif));
        GenerationInfo g = PromptExtractor.extract(webp, "w.webp").info().orElseThrow();
        assertThat(g.prompt()).isEqualTo("a blue bird");
        assertThat(g.carrier()).isEqualTo("WebP EXIF UserComment");
    }

    @Test
    void userCommentOffsetOutsideTheBlockIsAMessage() {
        byte[] exif = tiffWithUserComment(new byte[40]);
        exif[8 + 2 + 8 + 3] = 0x7f; // value offset far outside the block
        byte[] webp = riff(concat("EXIF".getBytes(StandardCharsets.ISO_8859_1), le32(exif.length), exif));
        ExtractionResult r = PromptExtractor.extract(webp, "w.webp");
        assertThat(r.hasPrompt()).isFalse();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("outside the block"));
    }

    @Test
    void comfyWorkflowIsUsedWhenTheApiGraphIsMissing() {
        String workflow = "{\"nodes\":["
                + "{\"id\":3,\"type\":\"KSampler\",\"inputs\":[{\"name\":\"positive\",\"link\":4},"
                + "{\"name\":\"negative\",\"link\":6}],\"widgets_values\":[1,\"fixed\",20,8,\"euler\",\"normal\",1]},"
                + "{\"id\":6,\"type\":\"CLIPTextEncode\",\"inputs\":[],\"widgets_values\":[\"a lighthouse at dusk\"]},"
                + "{\"id\":7,\"type\":\"CLIPTextEncode\",\"inputs\":[],\"widgets_values\":[\"blurry\"]}],"
                + "\"links\":[[4,6,0,3,1,\"CONDITIONING\"],[6,7,0,3,2,\"CONDITIONING\"]]}";
        byte[] png = png(chunk("IHDR", new byte[13]),
                chunk("tEXt", ("workflow\0" + workflow).getBytes(StandardCharsets.ISO_8859_1)), chunk("IEND", new byte[0]));
        GenerationInfo g = PromptExtractor.extract(png, "wf.png").info().orElseThrow();
        assertThat(g.generator()).isEqualTo("ComfyUI");
        assertThat(g.prompt()).isEqualTo("a lighthouse at dusk");
        assertThat(g.negative()).isEqualTo("blurry");
        assertThat(g.carrier()).contains("workflow");
    }

    @Test
    void brokenJsonIsAProblemNotAnException() {
        byte[] png = png(chunk("IHDR", new byte[13]),
                chunk("tEXt", "prompt\0{\"3\": {\"class_type\": ".getBytes(StandardCharsets.ISO_8859_1)), chunk("IEND", new byte[0]));
        ExtractionResult r = PromptExtractor.extract(png, "j.png");
        assertThat(r.hasPrompt()).isFalse();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("not valid JSON"));
    }

    @Test
    void damagedFilesNeverThrow() throws IOException {
        java.util.Random random = new java.util.Random(7);
        for (String name : List.of("parsers__AUTOMATIC1111__automatic1111_cropped.png",
                "parsers__AUTOMATIC1111__automatic1111_cropped.jpg", "parsers__ComfyUI__img2img_cropped.png",
                "parsers__NovelAI__novelai1_cropped.png", "parsers__AUTOMATIC1111__automatic1111_stealth.png")) {
            byte[] original = resource(name);
            for (int round = 0; round < 300; round++) {
                byte[] damaged = random.nextBoolean()
                        ? java.util.Arrays.copyOf(original, random.nextInt(original.length))
                        : original.clone();
                for (int k = random.nextInt(6); k >= 0 && damaged.length > 0; k--) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
                ExtractionResult r = PromptExtractor.extract(damaged, name);
                assertThat(r.summary()).isNotBlank();
            }
        }
    }

    @Test
    void cyclicComfyGraphEndsQuickly() {
        String graph = "{\"1\":{\"class_type\":\"KSampler\",\"inputs\":{\"positive\":[\"2\",0],\"model\":[\"1\",0],"
                + "\"latent_image\":[\"1\",0]}},"
                + "\"2\":{\"class_type\":\"CLIPTextEncode\",\"inputs\":{\"text\":[\"3\",0]}},"
                + "\"3\":{\"class_type\":\"StringConcatenate\",\"inputs\":{\"string_a\":[\"3\",0],\"string_b\":[\"3\",0]}}}";
        byte[] png = png(chunk("IHDR", new byte[13]), chunk("tEXt", ("prompt\0" + graph).getBytes(StandardCharsets.ISO_8859_1)),
                chunk("IEND", new byte[0]));
        long start = System.nanoTime();
        ExtractionResult r = PromptExtractor.extract(png, "cycle.png");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
        assertThat(r.hasPrompt()).isFalse();
    }

    // --- tiny file builders -------------------------------------------------------------------

    private static byte[] png(byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PngChunkReader.SIGNATURE);
        for (byte[] c : chunks) out.writeBytes(c);
        return out.toByteArray();
    }

    /** A PNG chunk: length, type, data, CRC. */
    static byte[] chunk(String type, byte[] data) {
        return dev.patina.testing.Pngs.chunk(type, data);
    }

    /** Little-endian TIFF with one IFD0 entry: UserComment (UNDEFINED) stored after the IFD. */
    private static byte[] tiffWithUserComment(byte[] comment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0});
        out.writeBytes(new byte[] {1, 0});                       // one entry
        out.writeBytes(new byte[] {(byte) 0x86, (byte) 0x92, 7, 0}); // tag 0x9286, type 7
        out.writeBytes(le32(comment.length));
        out.writeBytes(le32(8 + 2 + 12 + 4));                    // value right after the IFD
        out.writeBytes(le32(0));                                 // no next IFD
        out.writeBytes(comment);
        return out.toByteArray();
    }

    private static byte[] riff(byte[] chunks) {
        return concat("RIFF".getBytes(StandardCharsets.ISO_8859_1), le32(4 + chunks.length),
                "WEBP".getBytes(StandardCharsets.ISO_8859_1), chunks);
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[data.length + 64];
        int n = d.deflate(buf);
        d.end();
        return java.util.Arrays.copyOf(buf, n);
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
