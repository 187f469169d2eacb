package dev.patina.io.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.cli.PatinaCli;
import dev.patina.io.InvalidFileException;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A ComfyUI graph may not build unbounded text from its string nodes. */
@Timeout(120) // a hang guard only: before the cap, these graphs ran out of memory or for minutes
class ComfyGraphLimitsTest {
    @TempDir Path dir;

    /** Sampler <- encoder <- node {@code levels}, each StringConcatenate node joining the one below with itself. */
    private static String doublingGraph(int levels, int baseChars) {
        StringBuilder g = new StringBuilder("{\"s\":{\"class_type\":\"KSampler\",\"inputs\":{\"positive\":[\"e\",0]}},")
                .append("\"e\":{\"class_type\":\"CLIPTextEncode\",\"inputs\":{\"text\":[\"").append(levels).append("\",0]}},")
                .append("\"0\":{\"class_type\":\"PrimitiveString\",\"inputs\":{\"value\":\"").append("a".repeat(baseChars)).append("\"}}");
        for (int k = 1; k <= levels; k++) {
            g.append(",\"").append(k).append("\":{\"class_type\":\"StringConcatenate\",\"inputs\":{\"string_a\":[\"")
                    .append(k - 1).append("\",0],\"string_b\":[\"").append(k - 1).append("\",0],\"delimiter\":\"\"}}");
        }
        return g.append('}').toString();
    }

    @Test
    void sixteenDoublingsAreRefusedInOneSentence() {
        // 4096 characters doubled 16 times would be 256 M characters.
        byte[] png = pngWithPrompt(doublingGraph(16, 4096));
        assertThatThrownBy(() -> PromptExtractor.extract(png, "bomb.png"))
                .isInstanceOf(MetadataLimitException.class)
                .hasMessageContaining("ComfyUI graph").hasMessageContaining("over 1 MB").hasMessageContaining("refused");
    }

    @Test
    void twentyDoublingsOfASmallTextAreRefused() {
        byte[] png = pngWithPrompt(doublingGraph(20, 16));
        assertThatThrownBy(() -> PromptExtractor.extract(png, "bomb.png")).isInstanceOf(MetadataLimitException.class);
    }

    @Test
    void aChainThatCopiesALongTextOverAndOverIsRefusedForItsWork() {
        // Each node appends one character to a 600 K text: the result stays under 1 MB, but
        // building it copies 600 K characters per node.
        StringBuilder g = new StringBuilder("{\"s\":{\"class_type\":\"KSampler\",\"inputs\":{\"positive\":[\"e\",0]}},")
                .append("\"e\":{\"class_type\":\"CLIPTextEncode\",\"inputs\":{\"text\":[\"60\",0]}},")
                .append("\"0\":{\"class_type\":\"PrimitiveString\",\"inputs\":{\"value\":\"").append("b".repeat(600_000)).append("\"}}");
        for (int k = 1; k <= 60; k++) {
            g.append(",\"").append(k).append("\":{\"class_type\":\"StringConcatenate\",\"inputs\":{\"string_a\":[\"")
                    .append(k - 1).append("\",0],\"string_b\":\"x\"}}");
        }
        byte[] png = pngWithPrompt(g.append('}').toString());
        assertThatThrownBy(() -> PromptExtractor.extract(png, "chain.png"))
                .isInstanceOf(MetadataLimitException.class).hasMessageContaining("in all");
    }

    @Test
    void aFewConcatenationsStillResolve() {
        GenerationInfo g = PromptExtractor.extract(pngWithPrompt(doublingGraph(3, 5)), "ok.png").info().orElseThrow();
        assertThat(g.prompt()).isEqualTo("a".repeat(40));
    }

    @Test
    void lintSaysSoInOneLineWithExit2() throws Exception {
        Path file = Files.write(dir.resolve("bomb.png"), pngWithPrompt(doublingGraph(18, 4096)));
        assertThatThrownBy(() -> PromptExtractor.extract(file)).isInstanceOf(InvalidFileException.class);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PatinaCli.run(new String[] {"lint", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("bomb.png").contains("over 1 MB");
    }

    private static byte[] pngWithPrompt(String graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PngChunkReader.SIGNATURE);
        out.writeBytes(PromptExtractorTest.chunk("IHDR", new byte[13]));
        out.writeBytes(PromptExtractorTest.chunk("tEXt", ("prompt\0" + graph).getBytes(StandardCharsets.ISO_8859_1)));
        out.writeBytes(PromptExtractorTest.chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

}
