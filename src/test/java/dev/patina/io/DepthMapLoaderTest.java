package dev.patina.io;

import dev.patina.image.DepthMap;
import dev.patina.ops.ResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepthMapLoaderTest {
    private static final Path DATA = dev.patina.testdata.SharedData.root().resolve("depth");

    @TempDir Path tmp;

    private static byte[] pfm(String magic, int w, int h, double scale, float[] rowsBottomUp, ByteOrder order) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((magic + "\n" + w + " " + h + "\n" + scale + "\n").getBytes(StandardCharsets.US_ASCII));
        ByteBuffer b = ByteBuffer.allocate(rowsBottomUp.length * 4).order(order);
        for (float f : rowsBottomUp) b.putFloat(f);
        out.writeBytes(b.array());
        return out.toByteArray();
    }

    @Test
    void pfmIsReadBottomUpInEitherByteOrderWithInfAsUnknown() throws IOException {
        // File rows bottom-to-top: bottom row (0, 2), top row (4, +inf).
        float[] data = {0f, 2f, 4f, Float.POSITIVE_INFINITY};
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            Path f = tmp.resolve("m" + order + ".pfm");
            Files.write(f, pfm("Pf", 2, 2, order == ByteOrder.LITTLE_ENDIAN ? -1.0 : 1.0, data, order));
            DepthMap m = DepthMapLoader.load(f);
            assertEquals(1f, m.value(0, 0), 1e-6, "top-left is the file's last row, divided by the largest value");
            assertTrue(Float.isNaN(m.value(1, 0)), "inf is unknown");
            assertEquals(0f, m.value(0, 1), 1e-6);
            assertEquals(0.5f, m.value(1, 1), 1e-6);
        }
    }

    @Test
    void badFilesGiveOneLineNamingTheFile() throws IOException {
        Path trunc = tmp.resolve("t.pfm");
        byte[] full = pfm("Pf", 4, 4, -1, new float[16], ByteOrder.LITTLE_ENDIAN);
        Files.write(trunc, java.util.Arrays.copyOf(full, full.length - 10));
        Path magic = tmp.resolve("m.pfm");
        Files.writeString(magic, "P6\n4 4\n255\n");
        Path junk = tmp.resolve("j.png");
        Files.writeString(junk, "not an image");
        for (Path p : new Path[] {trunc, magic, junk, tmp.resolve("missing.png")}) {
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> DepthMapLoader.load(p));
            assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
        ResourceException re = assertThrows(ResourceException.class, () -> new FileResources(tmp).depthMap("t.pfm"));
        assertTrue(re.getMessage().startsWith(tmp.resolve("t.pfm") + ": truncated PFM data"), re.getMessage());
    }

    @Test
    void realMapsLoad() throws IOException {
        dev.patina.testdata.SharedData.require("depth/middlebury2014-motorcycle");
        DepthMap pfm = DepthMapLoader.load(DATA.resolve("middlebury2014-motorcycle/disp0.pfm"));
        DepthMap mm = DepthMapLoader.load(DATA.resolve("middlebury2014-motorcycle/depth_mm_u16.png"));
        DepthMap aloe = DepthMapLoader.load(DATA.resolve("middlebury-aloe/aloeGT.png"));
        DepthMap shark = DepthMapLoader.load(DATA.resolve("comfyui-shark/shark_depthmap.png"));
        assertEquals(741, pfm.width());
        assertEquals(500, pfm.height());
        assertEquals(741, mm.width());
        assertEquals(1282, aloe.width());
        assertEquals(800, shark.width());
        // Both motorcycle maps describe the same scene: depth_mm = f·B / (disp + doffs) (calib.txt).
        double f = 994.978, baseline = 193.001, doffs = 31.086;
        float dispMax = 0;
        for (float v : pfm.copyValues()) if (Float.isFinite(v)) dispMax = Math.max(dispMax, v);
        // The loader divided disparity by its largest value; recover px with the 16-bit map's scale.
        int checked = 0;
        for (int y = 50; y < 500; y += 37) {
            for (int x = 50; x < 741; x += 41) {
                float d = pfm.value(x, y), z = mm.value(x, y);
                if (Float.isNaN(d) || z == 0) continue;
                checked++;
                double mmFromPfm = z * 65535.0;
                assertTrue(mmFromPfm >= 2000 && mmFromPfm <= 5100, "depth in mm in the documented range: " + mmFromPfm);
                // disparity in px from depth, then normalised like the loader did: ratios must agree.
                double dispPx = f * baseline / mmFromPfm - doffs;
                double ratio = d / dispPx;
                assertTrue(ratio > 0, "positive");
                if (checked == 1) { dispMax = (float) (1 / ratio); continue; }
                assertEquals(1 / dispMax, ratio, 0.01 / dispMax, "at " + x + "," + y);
            }
        }
        assertTrue(checked > 50, "compared " + checked + " points");
    }

    @Test
    void sixteenBitTiffAndEightBitPngAreNormalisedByTheirLargestCode() throws IOException {
        java.awt.image.BufferedImage g16 = new java.awt.image.BufferedImage(3, 1, java.awt.image.BufferedImage.TYPE_USHORT_GRAY);
        g16.getRaster().setSample(0, 0, 0, 0);
        g16.getRaster().setSample(1, 0, 0, 32768);
        g16.getRaster().setSample(2, 0, 0, 65535);
        Path tif = tmp.resolve("d.tif");
        assertTrue(javax.imageio.ImageIO.write(g16, "tiff", tif.toFile()), "a TIFF writer is installed");
        DepthMap m = DepthMapLoader.load(tif);
        assertEquals(0f, m.value(0, 0), 1e-6);
        assertEquals(32768 / 65535f, m.value(1, 0), 1e-6);
        assertEquals(1f, m.value(2, 0), 1e-6);
        java.awt.image.BufferedImage g8 = new java.awt.image.BufferedImage(2, 1, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        g8.getRaster().setSample(1, 0, 0, 51);
        Path png = tmp.resolve("d.png");
        javax.imageio.ImageIO.write(g8, "png", png.toFile());
        assertEquals(0.2f, DepthMapLoader.load(png).value(1, 0), 1e-6);
    }

    @Test
    void resourcesCacheByContent() throws IOException {
        Path a = tmp.resolve("a.pfm"), b = tmp.resolve("b.pfm");
        byte[] bytes = pfm("Pf", 1, 1, -1, new float[] {0.25f}, ByteOrder.LITTLE_ENDIAN);
        Files.write(a, bytes);
        Files.write(b, bytes);
        FileResources r = new FileResources(tmp);
        assertSame(r.depthMap("a.pfm"), r.depthMap("b.pfm"));
        assertEquals(0.25f, r.depthMap("a.pfm").value(0, 0), 1e-7);
        assertThrows(ResourceException.class, () -> r.depthMap("nope.pfm"));
    }
}
