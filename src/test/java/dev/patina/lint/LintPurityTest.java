package dev.patina.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The linter is pure: no AWT or Swing anywhere in dev.patina.lint (DESIGN.md). */
class LintPurityTest {
    @Test
    void noAwtOrSwingInLintPackage() throws IOException {
        Path dir = Path.of("src/main/java/dev/patina/lint");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "sources not found from " + Path.of("").toAbsolutePath());
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("java.awt").doesNotContain("javax.swing");
            }
        }
    }
}
