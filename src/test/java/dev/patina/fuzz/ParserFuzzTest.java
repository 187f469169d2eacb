package dev.patina.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.patina.io.DepthMapLoader;
import dev.patina.io.ImageDecoder;
import dev.patina.io.ImageFormatException;
import dev.patina.io.InvalidFileException;
import dev.patina.io.LutLoader;
import dev.patina.io.PresetCodec;
import dev.patina.io.ProjectCodec;
import dev.patina.io.meta.MetadataLimitException;
import dev.patina.io.meta.PromptExtractor;
import dev.patina.lint.LintConfig;
import dev.patina.lint.PromptLinter;
import dev.patina.ops.ResourceException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every parser Patina runs on a file it was given, fed bytes by Jazzer. Each may end only in the
 * exception it documents for bad input (one line for the user); anything else, a hang past
 * Jazzer's timeout or running out of memory is a finding. In the normal test run these replay the
 * seed inputs under {@code ParserFuzzTestInputs/<method>/} (and any crash Jazzer saved there);
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='ParserFuzzTest#method'} fuzzes one for its maxDuration.
 */
class ParserFuzzTest {
    /** The parser reads a file: the input goes to a temporary one named with the given extension. */
    private static Path file(byte[] data, String ext) throws IOException {
        Path f = Files.createTempFile("patina-fuzz", ext);
        Files.write(f, data);
        return f;
    }

    @FuzzTest(maxDuration = "10s")
    void decodeImage(byte[] data) throws IOException {
        Path f = file(data, ".img");
        try {
            new ImageDecoder().decode(f, 4_000_000);
        } catch (ImageFormatException expected) {
            // refused in one line
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void extractPrompt(byte[] data) {
        try {
            PromptExtractor.extract(data, "fuzz.png");
        } catch (MetadataLimitException expected) {
            // more text than Patina reads
        }
    }

    @FuzzTest(maxDuration = "10s")
    void readPreset(byte[] data) {
        try {
            PresetCodec.parse(new String(data, StandardCharsets.UTF_8), "fuzz.json");
        } catch (InvalidFileException expected) {
            // refused in one line
        }
    }

    @FuzzTest(maxDuration = "10s")
    void readProject(byte[] data) throws IOException {
        Path f = file(data, ".patina");
        try {
            ProjectCodec.read(f);
        } catch (InvalidFileException expected) {
            // refused in one line
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void readCubeLut(byte[] data) {
        try {
            LutLoader.parse("fuzz.cube", data);
        } catch (ResourceException expected) {
            // refused in one line
        }
    }

    @FuzzTest(maxDuration = "10s")
    void readHaldClut(byte[] data) {
        try {
            LutLoader.parse("fuzz.png", data);
        } catch (ResourceException expected) {
            // refused in one line
        }
    }

    @FuzzTest(maxDuration = "10s")
    void readDepthMap(byte[] data) throws IOException {
        try {
            DepthMapLoader.parse(Path.of("fuzz.pfm"), data);
            DepthMapLoader.parse(Path.of("fuzz.png"), data);
        } catch (InvalidFileException expected) {
            // refused in one line
        }
    }

    @FuzzTest(maxDuration = "10s")
    void lintPrompt(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        int cut = text.indexOf('\u0000');
        PromptLinter.lint(cut < 0 ? text : text.substring(0, cut), cut < 0 ? "" : text.substring(cut + 1), LintConfig.defaults());
    }
}
