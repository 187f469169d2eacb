package dev.patina.io;

import dev.patina.image.ColorScience;
import dev.patina.image.Lut3D;
import dev.patina.ops.ResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CubeLutTest {
    @TempDir Path dir;

    /** A .cube text of size n whose entries are f(grid point), red fastest. */
    static String cube(int n, String header, java.util.function.Function<double[], double[]> f) {
        StringBuilder sb = new StringBuilder(header).append("LUT_3D_SIZE ").append(n).append('\n');
        for (int b = 0; b < n; b++) for (int g = 0; g < n; g++) for (int r = 0; r < n; r++) {
            double[] v = f.apply(new double[] {r / (n - 1.0), g / (n - 1.0), b / (n - 1.0)});
            sb.append(String.format(Locale.ROOT, "%.6f %.6f %.6f%n", v[0], v[1], v[2]));
        }
        return sb.toString();
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static double maxDeltaE(Lut3D lut, java.util.function.Function<double[], double[]> expected) {
        Random rnd = new Random(7);
        float[] out = new float[3];
        double max = 0;
        for (int i = 0; i < 5000; i++) {
            double[] in = {rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble()};
            lut.lookup((float) in[0], (float) in[1], (float) in[2], out);
            double[] e = expected.apply(in);
            max = Math.max(max, ColorScience.deltaE2000(ColorScience.encodedSrgbToLab(out[0], out[1], out[2]),
                ColorScience.encodedSrgbToLab(e[0], e[1], e[2])));
        }
        return max;
    }

    /** A 1.5 GB file (sparse: it takes no disk) is refused by its size before a byte is read. */
    @Test
    void aLutFileLargerThanAnyLutIsRefusedBeforeItIsRead() throws IOException {
        Path p = dir.resolve("huge.cube");
        try (var f = new java.io.RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(1536L << 20);
        }
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ResourceException e = assertThrows(ResourceException.class, () -> dev.patina.io.LutLoader.load(p));
        assertTrue(e.getMessage().contains("1536 MB is larger than any LUT"), e.getMessage());
        assertTrue(threads.getCurrentThreadAllocatedBytes() - before < (16 << 20), "allocated refusing it");
    }

    @Test
    void identityCubeRoundTrips() throws IOException {
        Path p = write("id.cube", cube(17, "# made by a test\nTITLE \"identity\"\n\nDOMAIN_MIN 0 0 0\nDOMAIN_MAX 1 1 1\n", v -> v));
        Lut3D lut = LutLoader.load(p);
        assertEquals(17, lut.size());
        assertTrue(maxDeltaE(lut, v -> v) <= 0.1);
    }

    @Test
    void redChangesFastest() throws IOException {
        // Swaps red and blue: only correct if entries are read red-fastest.
        Lut3D lut = LutLoader.load(write("swap.cube", cube(5, "", v -> new double[] {v[2], v[1], v[0]})));
        float[] out = new float[3];
        lut.lookup(0.25f, 0.5f, 1f, out);
        assertEquals(1f, out[0], 1e-5);
        assertEquals(0.5f, out[1], 1e-5);
        assertEquals(0.25f, out[2], 1e-5);
    }

    @Test
    void otherDomainIsResampledToUnit() throws IOException {
        // An identity over [0,2]: inputs in [0,1] must still come out unchanged.
        Lut3D lut = LutLoader.load(write("wide.cube", cube(9, "DOMAIN_MIN 0 0 0\nDOMAIN_MAX 2 2 2\n",
            v -> new double[] {2 * v[0], 2 * v[1], 2 * v[2]})));
        assertTrue(maxDeltaE(lut, v -> v) <= 0.1);
    }

    @Test
    void malformedLineNamesFileAndLine() throws IOException {
        String text = "TITLE \"bad\"\nLUT_3D_SIZE 2\n0 0 0\n1 0\n0 1 0\n1 1 0\n0 0 1\n1 0 1\n0 1 1\n1 1 1\n";
        Path p = write("bad.cube", text);
        ResourceException e = assertThrows(ResourceException.class, () -> LutLoader.load(p));
        assertTrue(e.getMessage().contains("bad.cube") && e.getMessage().contains("line 4"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void rejectsOneDimensionalAndShortAndNonNumeric() throws IOException {
        Path oneD = write("curve.cube", "LUT_1D_SIZE 2\n0 0 0\n1 1 1\n");
        assertTrue(assertThrows(ResourceException.class, () -> LutLoader.load(oneD)).getMessage().contains("1D"));
        Path shortTable = write("short.cube", "LUT_3D_SIZE 2\n0 0 0\n1 0 0\n");
        assertTrue(assertThrows(ResourceException.class, () -> LutLoader.load(shortTable)).getMessage().contains("2 of 8"));
        Path words = write("words.cube", "LUT_3D_SIZE 2\n0 0 zero\n");
        String m = assertThrows(ResourceException.class, () -> LutLoader.load(words)).getMessage();
        assertTrue(m.contains("line 2") && m.contains("zero"), m);
        Path noSize = write("nosize.cube", "TITLE \"x\"\n");
        assertTrue(assertThrows(ResourceException.class, () -> LutLoader.load(noSize)).getMessage().contains("LUT_3D_SIZE"));
        Path huge = write("huge.cube", "LUT_3D_SIZE 100000\n");
        assertTrue(assertThrows(ResourceException.class, () -> LutLoader.load(huge)).getMessage().contains("line 1"));
    }
}
