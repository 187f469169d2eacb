package dev.patina.io;

import dev.patina.image.Lut3D;
import dev.patina.ops.ResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LutFileResourcesTest {
    @TempDir Path dir;

    @Test
    void resolvesRelativeToBaseAndCachesByContent() throws IOException {
        Files.createDirectories(dir.resolve("luts"));
        Path file = dir.resolve("luts/look.cube");
        Files.writeString(file, CubeLutTest.cube(3, "", v -> v));
        FileResources res = new FileResources(dir);
        Lut3D first = res.lut("luts/look.cube");
        assertSame(first, res.lut("luts/look.cube"));
        assertSame(first, res.lut(file.toString()), "absolute path to the same content hits the cache");
        assertEquals(1, res.parseCount());

        Files.writeString(file, CubeLutTest.cube(3, "", v -> new double[] {v[2], v[1], v[0]}));
        Lut3D edited = res.lut("luts/look.cube");
        assertNotSame(first, edited);
        assertEquals(2, res.parseCount());
        float[] out = new float[3];
        edited.lookup(1f, 0f, 0f, out);
        assertEquals(0f, out[0], 1e-6);
        assertEquals(1f, out[2], 1e-6);
    }

    @Test
    void missingFileNamesThePath() {
        FileResources res = new FileResources(dir);
        ResourceException e = assertThrows(ResourceException.class, () -> res.lut("nope.cube"));
        assertTrue(e.getMessage().contains("nope.cube") && e.getMessage().contains("not found"), e.getMessage());
    }
}
