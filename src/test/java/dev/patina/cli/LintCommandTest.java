package dev.patina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patina.testdata.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LintCommandTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cmd = new CommandLine(new LintCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path fixture(String name) throws IOException {
        Path p = tmp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/lint/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void textModeListsFindingsWithTheirExcerpt() {
        Run r = run("--text", "photo of a duck, 8k, masterpiece", "--negative", "blurry");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("score:", "warning quality-boilerplate", "[8k]", "fix: remove it", "layer: grain, film-stock");
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        String prompt = "photo of a woman, ring light, 8k";
        Run r = run("--json", "--text", prompt, "--model", "sd_xl_base_1.0");
        assertThat(r.exit()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("source").asText()).isEqualTo("text");
        assertThat(j.path("prompt").asText()).isEqualTo(prompt);
        assertThat(j.path("negative").asText()).isEmpty();
        assertThat(j.path("settings").path("model").asText()).isEqualTo("sd_xl_base_1.0");
        assertThat(j.path("score").asInt()).isBetween(0, 100);
        JsonNode ring = null;
        for (JsonNode f : j.path("findings")) {
            assertThat(f.has("rule") && f.has("severity") && f.has("start") && f.has("end") && f.has("field")
                    && f.has("message") && f.has("replacement") && f.has("layer")).isTrue();
            if (f.path("rule").asText().equals("flat-lighting")) ring = f;
        }
        assertThat(ring).isNotNull();
        assertThat(prompt.substring(ring.path("start").asInt(), ring.path("end").asInt())).isEqualTo("ring light");
        assertThat(ring.path("layer").asText()).isEqualTo("relight");
        assertThat(ring.path("field").asText()).isEqualTo("prompt");
        assertThat(ring.path("severity").asText()).isEqualTo("warning");
    }

    @Test
    void imageModeReadsTheEmbeddedPrompt() throws IOException {
        Path png = fixture("parsers__AUTOMATIC1111__automatic1111_cropped.png");
        Run r = run("--json", png.toString());
        assertThat(r.exit()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("prompt").asText()).isEqualTo("photo of a duck");
        assertThat(j.path("negative").asText()).isEqualTo("monochrome");
        assertThat(j.path("settings").path("model").asText()).isEqualTo("realistic_realisticVisionV20_v20");
        assertThat(j.path("findings").size()).isPositive();
        Run text = run(png.toString());
        assertThat(text.out()).contains("AUTOMATIC1111", "photo of a duck", "no-lens");
    }

    @Test
    void imageWithoutPromptSaysSoAndExitsZero() throws IOException {
        Path png = tmp.resolve("plain.png");
        byte[] tiny = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
        Files.write(png, tiny);
        Run r = run(png.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("plain.png: no generation prompt in this PNG");
    }

    @Test
    void unreadableFilesAndBadUsageExitTwoWithOneLine() throws IOException {
        Run missing = run(tmp.resolve("nope.png").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).contains("nope.png").contains("no such file").doesNotContain("\n");
        assertThat(missing.out()).isEmpty();

        Path empty = Files.createFile(tmp.resolve("empty.png"));
        Run emptyRun = run(empty.toString());
        assertThat(emptyRun.exit()).isEqualTo(2);
        assertThat(emptyRun.err().strip()).isEqualTo("empty.png: not a PNG, JPEG or WebP image (the file is empty)");

        Run folder = run(tmp.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err().strip()).contains("is a folder").doesNotContain("\n");

        Run neither = run();
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.err().strip()).doesNotContain("\n").contains("IMAGE or --text");

        Run both = run("--text", "x", empty.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err().strip()).doesNotContain("\n");
    }

    @Test
    void badOptionsGiveOneLineWithTheHandlerInstalled() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cmd = new CommandLine(new LintCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        cmd.setParameterExceptionHandler(LintCommand.ONE_LINE_USAGE_ERRORS);
        assertThat(cmd.execute("--bogus")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("lint: ").doesNotContain("\n");
        assertThat(cmd.execute("--text")).isEqualTo(2);
    }

    @Test
    void everySharedFixtureRunsWithoutInternalError() throws IOException {
        Path images = SharedData.require("ai-images");
        try (var files = Files.walk(images)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).toList()) {
                Run r = run("--json", f.toString());
                assertThat(r.exit()).as(f + ": " + r.err()).isIn(0, 2);
                if (r.exit() == 0) assertThat(new ObjectMapper().readTree(r.out()).has("findings")).isTrue();
            }
        }
    }
}
