package dev.patina.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.cli.PatinaCli;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile JSON in presets and projects: one clear line naming the file, never a NullPointerException. */
class JsonLimitsTest {
    @TempDir Path dir;

    static List<String> hostile() {
        String deep = "[".repeat(1500) + "]".repeat(1500);
        return List.of(
                "{\"layers\": [{\"type\": \"grain\", \"params\": {\"amount\": " + deep + "}}]}",
                "{\"layers\": [{\"type\": \"grain\", \"params\": {\"amount\": 0." + "7".repeat(1500) + "}}]}",
                "{\"layers\": [{\"type\": \"grain\", \"params\": {\"amount\": " + "9".repeat(1500) + "}}]}",
                "{\"layers\": [{\"type\": \"grain\", \"params\": {\"" + "k".repeat(200_000) + "\": 0.3}}]}");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void aPresetIsRefusedInOneLine(String json) {
        assertThatThrownBy(() -> PresetCodec.parse(json, "evil.json"))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageStartingWith("evil.json: not valid JSON (")
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void aProjectIsRefusedInOneLine(String layersJson) throws IOException {
        Path file = dir.resolve("evil.patina");
        String json = "{\"patina\": \"project\", \"version\": 1, \"seed\": 1, " + layersJson.substring(1);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("document.json"));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> ProjectCodec.read(file))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageStartingWith("evil.patina: document.json is not valid JSON (")
                .hasMessageNotContaining("\n");
    }

    @Test
    void renderWithAHostilePresetExits2WithOneLine() throws IOException {
        Path preset = Files.writeString(dir.resolve("deep.json"), hostile().get(0));
        Path image = dir.resolve("in.png");
        try (var in = getClass().getResourceAsStream("/photos/chelsea.png")) {
            Files.copy(in, image);
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PatinaCli.run(new String[] {"render", image.toString(), "-o", dir.resolve("o.jpg").toString(),
            "--preset", preset.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").startsWith("patina: deep.json: not valid JSON")
            .contains("nesting depth");
        assertThat(dir.resolve("o.jpg")).doesNotExist();
    }

    @Test
    void ordinaryJsonStillParses() throws IOException {
        Preset p = PresetCodec.parse("{\"layers\": [{\"type\": \"grain\", \"params\": {\"amount\": 0.25}}]}", "ok.json");
        assertThat(p.layers()).hasSize(1);
    }
}
