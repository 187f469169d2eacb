package dev.patina.io;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.MaskRaster;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectCodecTest {

    @Test
    void savesAndReopensLayersMasksSeedAndSource(@TempDir Path dir) throws IOException {
        MaskRaster raster = MaskRaster.filled(300, 200, 0).withDabs(new double[] {100, 120}, new double[] {80, 90}, 30, 0.5, 1, 1);
        List<Layer> layers = new ArrayList<>(TestImages.allLayers().layers());
        layers.set(0, layers.get(0).withMask(new Mask.Painted(raster, true)));
        layers.set(1, layers.get(1).withMask(new Mask.LinearGradient(0, 0, 0.5, 1, false)));
        Document doc = TestImages.emptyDoc().withLayers(layers).withSeed(987654321L);
        Path f = dir.resolve("edit.patina");
        ProjectCodec.write(doc, f);
        Document back = ProjectCodec.read(f);
        assertEquals(doc.seed(), back.seed());
        assertEquals(doc.source().sha256(), back.source().sha256());
        assertEquals(doc.layers().size(), back.layers().size());
        for (int i = 1; i < layers.size(); i++) assertEquals(doc.layers().get(i), back.layers().get(i));
        Mask.Painted m = (Mask.Painted) back.layers().get(0).mask();
        assertTrue(m.inverted());
        assertArrayEquals(raster.toValues(), m.raster().toValues(), "16-bit mask survives exactly");
        assertEquals(doc.layers().get(0).params(), back.layers().get(0).params());
    }

    @Test
    void brokenProjectsAreClearErrors(@TempDir Path dir) throws IOException {
        Path notZip = dir.resolve("a.patina");
        Files.writeString(notZip, "hello");
        IOException e = assertThrows(IOException.class, () -> ProjectCodec.read(notZip));
        assertTrue(e.getMessage().startsWith("a.patina: "), e.getMessage());
        Path good = dir.resolve("b.patina");
        ProjectCodec.write(TestImages.allLayers(), good);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("c.patina");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        IOException t = assertThrows(IOException.class, () -> ProjectCodec.read(truncated));
        assertTrue(t.getMessage().startsWith("c.patina: "), t.getMessage());
    }

    @Test
    void failedSaveKeepsThePreviousProject(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("keep.patina");
        ProjectCodec.write(TestImages.allLayers(), f);
        byte[] before = Files.readAllBytes(f);
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write(new byte[100]);
            throw new IOException("disk full");
        }));
        assertArrayEquals(before, Files.readAllBytes(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }
}
