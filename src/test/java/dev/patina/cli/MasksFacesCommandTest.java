package dev.patina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patina.testdata.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasksFacesCommandTest {
    @TempDir
    Path tmp;

    static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void facesJsonHasTheDocumentedShapeInFullSizePixels() throws IOException {
        Path astronaut = SharedData.require("photos/astronaut.png");
        CliRun r = run("masks", astronaut.toString(), "--faces", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.size()).isOne();
        JsonNode faces = j.path("faces");
        assertThat(faces.isArray()).isTrue();
        assertThat(faces.size()).isOne();
        JsonNode f = faces.get(0);
        assertThat(f.path("box").size()).isEqualTo(4);
        for (JsonNode v : f.path("box")) assertThat(v.isInt()).isTrue();
        assertThat(f.path("eyes").size()).isEqualTo(2);
        JsonNode left = f.path("eyes").get(0), right = f.path("eyes").get(1);
        assertThat(left.size()).isEqualTo(2);
        assertThat(left.get(0).asDouble()).isLessThan(right.get(0).asDouble()); // left in the image first
        // the labelled left eye is at (203.5, 101) in the 512x512 file
        assertThat(Math.hypot(left.get(0).asDouble() - 203.5, left.get(1).asDouble() - 101)).isLessThan(6);
        assertThat(f.path("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(f.size()).isEqualTo(3);
    }

    @Test
    void noFaceIsAnEmptyListAndExitZero() throws IOException {
        CliRun r = run("masks", SharedData.require("photos/coffee.png").toString(), "--faces", "--json");
        assertThat(r.exit()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).path("faces").size()).isZero();
        CliRun text = run("masks", SharedData.require("photos/coffee.png").toString(), "--faces");
        assertThat(text.out()).contains("no face found");
    }

    @Test
    void textOutputListsEachFace() throws IOException {
        CliRun r = run("masks", SharedData.require("photos/astronaut.png").toString(), "--faces");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("face 1: box ").contains("eyes (", "score ");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        Path notImage = Files.writeString(tmp.resolve("x.png"), "not an image");
        for (String[] args : new String[][] {
            {"masks", tmp.resolve("missing.png").toString(), "--faces"},
            {"masks", notImage.toString(), "--faces", "--json"},
            {"masks", tmp.toString(), "--faces"},
            {"masks", notImage.toString()},
            {"masks", "--faces"},
            {"masks", notImage.toString(), "--faces", "--bogus"},
        }) {
            CliRun r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.err().strip()).as(String.join(" ", args)).isNotEmpty().doesNotContain("\n");
        }
    }
}
