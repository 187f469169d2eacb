package dev.patina;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's entry point: what opens the editor, and what happens when there is no display. */
class MainTest {
    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    private static Run run(Supplier<String> displayProblem, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), displayProblem);
        return new Run(code, out.toString(), err.toString());
    }

    private static final Supplier<String> NO_DISPLAY = () -> "no DISPLAY is set";
    private static final Supplier<String> MUST_NOT_ASK = () -> {
        throw new AssertionError("a command must not need a display");
    };

    @Test
    void helpPrintsTheUsageWithoutTouchingTheDisplay() {
        Run r = run(MUST_NOT_ASK, "help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: patina").contains("render").contains("lint");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void helpOfACommandPrintsItsUsage() {
        Run r = run(MUST_NOT_ASK, "help", "render");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: patina render").contains("--quality");
    }

    @Test
    void anUnknownWordIsOneLineAndExit2() {
        Run r = run(MUST_NOT_ASK, "frobnicate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n")
            .contains("frobnicate").contains("no such command or file").contains("render");
    }

    @Test
    void noArgumentsWithoutADisplayIsOneLineAndExit2() {
        Run r = run(NO_DISPLAY);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("the editor needs a display").contains("no DISPLAY");
    }

    @Test
    void anImageWithoutADisplayIsOneLineAndExit2() throws Exception {
        Path image = Files.write(dir.resolve("a.png"), new byte[] {1});
        Run r = run(NO_DISPLAY, image.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("needs a display");
    }

    @Test
    void withADisplayNoArgumentsOrAFileOpenTheEditor() throws Exception {
        Path image = Files.write(dir.resolve("a.png"), new byte[] {1});
        assertThat(run(() -> null).exit()).isEqualTo(Main.OPEN_EDITOR);
        assertThat(run(() -> null, image.toString()).exit()).isEqualTo(Main.OPEN_EDITOR);
    }

    /** The real program with DISPLAY unset: it must exit promptly with one line, not loop on HeadlessException. */
    @Test
    void theProgramWithoutADisplayExitsPromptly() throws Exception {
        assertThat(launch()).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\n").contains("needs a display");
        });
        assertThat(launch("help")).satisfies(r -> {
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Usage: patina");
            assertThat(r.err()).isEmpty();
        });
        assertThat(launch("frobnicate")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\n").contains("no such command or file");
        });
    }

    private Run launch(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
            "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
            .directory(new File(System.getProperty("user.dir")));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        try {
            // A hang guard, not a timing assertion: the broken program never exits at all.
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();
        } finally {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    }
}
