package dev.patina.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.cli.PatinaCli;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output-side failures are the user's problem: one line naming the file, exit 2, nothing left behind. */
class OutputErrorsTest {
    @TempDir Path dir;

    record Run(int exit, String err) {}

    private Run render(Path output) throws IOException {
        Path image = dir.resolve("in.png");
        if (!Files.exists(image)) {
            try (var in = getClass().getResourceAsStream("/photos/chelsea.png")) {
                Files.copy(in, image);
            }
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PatinaCli.run(new String[] {"render", image.toString(), "-o", output.toString(), "--scale", "0.25"},
            new PrintWriter(out), new PrintWriter(err));
        return new Run(code, err.toString());
    }

    @Test
    void aMissingFolderIsOneLineAndExit2() throws IOException {
        Run r = render(dir.resolve("no/such/folder/out.jpg"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("out.jpg").contains("does not exist");
    }

    @Test
    void anOutputThatIsAFolderIsOneLineAndExit2() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.jpg"));
        Run r = render(folder);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("is a folder");
        assertThat(folder).isDirectory();
    }

    /** A full disk (or any failing write of the file system) is an OutputException naming the target. */
    @Test
    void aFailingWriteBecomesOneLineNamingTheFile() throws IOException {
        Path target = dir.resolve("x.jpg");
        OutputStream full = new OutputStream() {
            @Override public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        OutputStream guarded = AtomicFiles.guard(full, target);
        assertThatThrownBy(() -> guarded.write(new byte[10], 0, 10))
            .isInstanceOf(OutputException.class)
            .hasMessage(target + ": cannot write (No space left on device)");
    }

    @Test
    void anErrorOfTheWriterItselfIsNotTakenForTheDisk() {
        Path target = dir.resolve("y.tif");
        IOException own = new IOException("encoder bug");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> { throw own; })).isSameAs(own);
        assertThat(target).doesNotExist();
    }

    @Test
    void nothingIsLeftBehindWhenTheWriteFails() throws IOException {
        Path target = dir.resolve("z.jpg");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new OutputException("disk full");
        })).isInstanceOf(OutputException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
