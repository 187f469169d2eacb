package dev.patina.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inputs a careless user gives: a FIFO to lint, a tile size of 0 to bench. One line, exit 2. */
class OddArgumentsTest {
    @TempDir Path dir;

    static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    @Timeout(60) // a hang guard: reading a FIFO nobody writes to never returns
    void lintOnAFifoIsRefusedInsteadOfHanging() throws Exception {
        Path fifo = dir.resolve("pipe.png");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            mk = null;
        }
        assumeTrue(mk != null && mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is available");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        CliRun r = run("lint", fifo.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("pipe.png").contains("not a regular file");
    }

    @Test
    void benchWithATileSizeOfZeroIsOneLineAndExit2() {
        CliRun r = run("bench", "--tile-size", "0", "--megapixels", "0.1", "--repeat", "1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("--tile-size must be 16..8192");
    }

    @Test
    void aFolderGivenAsTheImageIsCalledAFolderNotAMissingFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shots.jpg"));
        for (String command : new String[] {"render", "masks"}) {
            CliRun r = command.equals("render") ? run("render", folder.toString(), "-o", dir.resolve("o.jpg").toString())
                : run("masks", folder.toString(), "--kind", "subject", "-o", dir.resolve("o.png").toString());
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.err().strip()).as(command).doesNotContain("\n").contains("shots.jpg: is a folder");
        }
    }
}
