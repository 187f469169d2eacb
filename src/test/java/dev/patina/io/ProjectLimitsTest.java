package dev.patina.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.doc.Document;
import dev.patina.doc.Mask;
import dev.patina.doc.MaskRaster;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A project is read by what its document names: unreferenced entries are never inflated, and all it reads has one budget. */
@Timeout(120) // a hang guard only
class ProjectLimitsTest {
    private static final int MB = 1 << 20;
    @TempDir Path dir;

    private static final String ONE_MASKED_LAYER = "{\"patina\": \"project\", \"version\": 1, \"seed\": 7, \"layers\": ["
            + "{\"id\": \"L1\", \"type\": \"grain\", \"mask\": {\"kind\": \"painted\", \"file\": \"masks/L1.png\"}}]}";

    /** A zip of document.json, the given named entries, and {@code junk} entries of {@code junkBytes} zeros each. */
    private Path project(String json, int junk, int junkBytes, Object... named) throws IOException {
        Path file = dir.resolve("p.patina");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("document.json"));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < named.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) named[i]));
                zip.write((byte[]) named[i + 1]);
                zip.closeEntry();
            }
            byte[] zeros = new byte[MB];
            for (int j = 0; j < junk; j++) {
                zip.putNextEntry(new ZipEntry("junk/" + j + ".bin"));
                for (int written = 0; written < junkBytes; written += zeros.length) zip.write(zeros, 0, Math.min(zeros.length, junkBytes - written));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static byte[] maskPng(int w, int h) throws IOException {
        short[] v = new short[w * h];
        for (int i = 0; i < v.length; i++) v[i] = (short) (i * 37);
        return ProjectCodec.maskPng(MaskRaster.fromValues(w, h, v));
    }

    /** Versions that asInt would have read as 1 (true, 1.9, 2^32+1) or that make no sense. */
    @Test
    void aVersionThatIsNotAWholeNumberFromOneIsRefused() throws IOException {
        for (String v : new String[] {"true", "1.9", "4294967297", "-5", "0", "\"1\""}) {
            Path p = project(ONE_MASKED_LAYER.replace("\"version\": 1", "\"version\": " + v), 0, 0, "masks/L1.png", maskPng(4, 4));
            InvalidFileException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidFileException.class, () -> ProjectCodec.read(p), v);
            org.assertj.core.api.Assertions.assertThat(e.getMessage()).as(v).contains("version: must be a whole number from 1");
        }
    }

    @Test
    void unreferencedEntriesAreNotInflated() throws IOException {
        // Eight 16 MB entries no document names (128 MB inflated, a few hundred KB in the file),
        // read with a budget of 1 MB: only document.json and the one mask count.
        Path file = project(ONE_MASKED_LAYER, 8, 16 * MB, "masks/L1.png", maskPng(64, 48));
        assertThat(Files.size(file)).isLessThan(2 * MB);
        Document doc = ProjectCodec.read(file, MB);
        assertThat(doc.layers()).hasSize(1);
        assertThat(doc.layers().get(0).mask()).isInstanceOfSatisfying(Mask.Painted.class,
                m -> assertThat(m.raster().width()).isEqualTo(64));
        assertThat(ProjectCodec.read(file).seed()).isEqualTo(7);
    }

    @Test
    void referencedEntriesOverTheBudgetAreRefusedInOneLine() throws IOException {
        byte[] bigMask = maskPng(512, 512); // over 64 KB: the counter pattern hardly compresses
        assertThat(bigMask.length).isGreaterThan(64 << 10);
        Path file = project(ONE_MASKED_LAYER, 0, 0, "masks/L1.png", bigMask);
        assertThatThrownBy(() -> ProjectCodec.read(file, 64 << 10))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageStartingWith("p.patina: ").hasMessageContaining("inflate to over").hasMessageNotContaining("\n");
        assertThat(ProjectCodec.read(file, 4 * MB).layers()).hasSize(1);
    }

    @Test
    void aMissingMaskIsStillNamed() throws IOException {
        Path file = project(ONE_MASKED_LAYER, 1, MB);
        assertThatThrownBy(() -> ProjectCodec.read(file)).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("'masks/L1.png' is missing from the project");
    }

    @Test
    void aNonHexSourceHashWithoutASeedIsOneLine() throws IOException {
        Path file = project("{\"patina\": \"project\", \"version\": 1, \"source\": {\"path\": \"a.png\", "
                + "\"sha256\": \"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\"}, \"layers\": []}", 0, 0);
        assertThatThrownBy(() -> ProjectCodec.read(file)).isInstanceOf(InvalidFileException.class)
                .hasMessage("p.patina: source.sha256: must be hexadecimal digits (a SHA-256)");
    }

    @Test
    void aSeedThatIsNoWholeNumberIsOneLine() throws IOException {
        Path file = project("{\"patina\": \"project\", \"version\": 1, \"seed\": \"abc\", \"layers\": []}", 0, 0);
        assertThatThrownBy(() -> ProjectCodec.read(file)).isInstanceOf(InvalidFileException.class)
                .hasMessage("p.patina: seed: must be a whole number");
    }
}
