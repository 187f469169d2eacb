package dev.patina.io;

import dev.patina.image.Lut3D;
import dev.patina.ops.ResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HaldClutTest {
    @TempDir Path dir;

    /** A level-L HaldCLUT image holding f over the cube, 16-bit when asked. */
    static BufferedImage hald(int level, boolean sixteenBit, Function<double[], double[]> f) {
        int side = level * level * level, n = level * level;
        int max = sixteenBit ? 65535 : 255;
        BufferedImage img;
        if (sixteenBit) {
            ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
            img = new BufferedImage(cm, cm.createCompatibleWritableRaster(side, side), false, null);
        } else {
            img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        }
        WritableRaster r = img.getRaster();
        int[] px = new int[3];
        for (int i = 0; i < side * side; i++) {
            int ri = i % n, gi = (i / n) % n, bi = i / (n * n);
            double[] v = f.apply(new double[] {ri / (n - 1.0), gi / (n - 1.0), bi / (n - 1.0)});
            for (int c = 0; c < 3; c++) px[c] = (int) Math.round(v[c] * max);
            r.setPixel(i % side, i / side, px);
        }
        return img;
    }

    private Path save(String name, BufferedImage img) throws IOException {
        Path p = dir.resolve(name);
        assertTrue(ImageIO.write(img, "png", p.toFile()));
        return p;
    }

    @Test
    void identityRoundTrip() throws IOException {
        // Ours and a published one (t3mujinpack's identity TIFF, from the shared data).
        for (Path p : new Path[] {save("id.png", hald(8, true, v -> v)), dev.patina.testdata.SharedData.require("film-luts/t3mujinpack/Hald_CLUT_Identity.tif")}) {
            Lut3D lut = LutLoader.load(p);
            assertTrue(CubeLutTest.maxDeltaE(lut, v -> v) <= 0.1, p.toString());
        }
    }

    @Test
    void sixteenBitIdentityRoundTrip() throws IOException {
        Lut3D lut = LutLoader.load(save("id16.png", hald(4, true, v -> v)));
        assertEquals(16, lut.size());
        assertTrue(CubeLutTest.maxDeltaE(lut, v -> v) <= 0.1);
    }

    @Test
    void indexingIsRedFastestRowMajor() throws IOException {
        Lut3D lut = LutLoader.load(save("swap.png", hald(4, true, v -> new double[] {v[2], v[0], v[1]})));
        float[] out = new float[3];
        lut.lookup(0.2f, 0.6f, 1f, out);
        assertEquals(1f, out[0], 1e-3);
        assertEquals(0.2f, out[1], 1e-3);
        assertEquals(0.6f, out[2], 1e-3);
    }

    @Test
    void rejectsNonSquareAndNonCubeSizes() throws IOException {
        Path wide = save("wide.png", new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB));
        assertTrue(assertThrows(ResourceException.class, () -> LutLoader.load(wide)).getMessage().contains("square"));
        Path odd = save("odd.png", new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB));
        String m = assertThrows(ResourceException.class, () -> LutLoader.load(odd)).getMessage();
        assertTrue(m.contains("odd.png") && m.contains("L^3"), m);
        Path junk = dir.resolve("junk.png");
        Files.writeString(junk, "not an image");
        assertTrue(assertThrows(ResourceException.class, () -> LutLoader.load(junk)).getMessage().contains("junk.png"));
    }

    /** A tiny PNG whose header claims a huge image is refused by its size before its pixels are allocated (the fuzzer's 2.9 GB). */
    @Test
    void aHaldClutClaimingAHugeImageIsRefusedBeforeDecoding() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ResourceException e = assertThrows(ResourceException.class, () -> LutLoader.parse("huge.png", DecodeBudgetTest.tinyPng(15000, 15000)));
        assertTrue(e.getMessage().contains("at most 4096 px, not 15000x15000"), e.getMessage());
        assertTrue(threads.getCurrentThreadAllocatedBytes() - before < (64 << 20), "allocated refusing it");
    }
}
