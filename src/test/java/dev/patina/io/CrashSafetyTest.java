package dev.patina.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process stopped in the middle of an atomic write (an export, a project save) leaves the old
 * file as it was: SIGTERM (and Ctrl-C) remove the part file on the way out, and what kill -9 leaves
 * is removed by the next write into the folder.
 */
class CrashSafetyTest {
    @TempDir Path dir;

    private Process startWriting(Path target) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SlowWriter.class.getName(), target.toString())
            .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("writing")) { /* JVM start-up chatter */ }
        assertThat(line).as("the writer got to the middle of its write").isEqualTo("writing");
        assertThat(parts()).hasSize(1);
        return p;
    }

    private List<Path> parts() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void sigtermMidWriteLeavesTheOldFileAndNoPartFile() throws Exception {
        Path target = Files.writeString(dir.resolve("out.jpg"), "old");
        Process p = startWriting(target);
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(parts()).isEmpty();
    }

    @Test
    void whatKillMinusNineLeavesIsRemovedByTheNextWriteIntoTheFolder() throws Exception {
        Path target = Files.writeString(dir.resolve("project.patina"), "old");
        Process p = startWriting(target);
        p.destroyForcibly(); // SIGKILL: no hook runs
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(parts()).as("the dead writer's part file").hasSize(1);
        AtomicFiles.write(dir.resolve("other.jpg"), out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(parts()).isEmpty();
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    void aPartFileOfAProcessStillRunningIsLeftAlone() throws Exception {
        Path target = Files.writeString(dir.resolve("busy.jpg"), "old");
        Process p = startWriting(target);
        try {
            AtomicFiles.write(dir.resolve("other.jpg"), out -> out.write(1));
            assertThat(parts()).as("the running writer's part file").hasSize(1);
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
