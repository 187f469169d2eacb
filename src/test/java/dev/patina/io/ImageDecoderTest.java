package dev.patina.io;

import static org.junit.jupiter.api.Assertions.*;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDecoderTest {
    @TempDir Path dir;
    private final ImageDecoder decoder = new ImageDecoder();

    private static void assertExact8(FloatImage img, int w, int h) {
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) for (int c = 0; c < 3; c++) {
            assertEquals(Srgb.decode8(TestImages.v8(x, y, c)), img.plane(c)[img.index(x, y)], 0f, "at " + x + "," + y + " c" + c);
        }
    }

    @Test
    void png8() throws Exception {
        Path f = dir.resolve("a.png");
        TestImages.write(TestImages.rgb8(13, 7), "png", f);
        DecodedImage d = decoder.decode(f);
        assertEquals("PNG", d.format());
        assertEquals(8, d.bitDepth());
        assertEquals(13, d.width());
        assertExact8(d.image(), 13, 7);
    }

    @Test
    void png16KeepsPrecision() throws Exception {
        Path f = dir.resolve("a16.png");
        TestImages.write(TestImages.rgb16(9, 5), "png", f);
        DecodedImage d = decoder.decode(f);
        assertEquals(16, d.bitDepth());
        for (int y = 0; y < 5; y++) for (int x = 0; x < 9; x++) for (int c = 0; c < 3; c++) {
            assertEquals(Srgb.decode16(TestImages.v16(x, y, c)), d.image().plane(c)[d.image().index(x, y)], 0f);
        }
    }

    @Test
    void pngPaletteGreyAlpha() throws Exception {
        byte[] r = {0, (byte) 200, 10}, g = {0, 100, (byte) 250}, b = {0, 50, (byte) 130};
        BufferedImage pal = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, 3, r, g, b));
        pal.getRaster().setSample(1, 0, 0, 1);
        pal.getRaster().setSample(2, 1, 0, 2);
        Path fp = dir.resolve("pal.png");
        TestImages.write(pal, "png", fp);
        FloatImage p = decoder.decode(fp).image();
        assertEquals(Srgb.decode8(200), p.plane(0)[p.index(1, 0)], 0f);
        assertEquals(Srgb.decode8(250), p.plane(1)[p.index(2, 1)], 0f);
        assertEquals(0f, p.plane(2)[p.index(0, 0)], 0f);

        BufferedImage grey = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(1, 1, 0, 77);
        Path fg = dir.resolve("grey.png");
        TestImages.write(grey, "png", fg);
        FloatImage gi = decoder.decode(fg).image();
        for (int c = 0; c < 3; c++) assertEquals(Srgb.decode8(77), gi.plane(c)[gi.index(1, 1)], 0f, "grey is sRGB-encoded");

        BufferedImage grey16 = new BufferedImage(3, 2, BufferedImage.TYPE_USHORT_GRAY);
        grey16.getRaster().setSample(2, 1, 0, 40000);
        Path fg16 = dir.resolve("grey16.png");
        TestImages.write(grey16, "png", fg16);
        DecodedImage g16 = decoder.decode(fg16);
        assertEquals(16, g16.bitDepth());
        assertEquals(Srgb.decode16(40000), g16.image().plane(2)[g16.image().index(2, 1)], 0f);

        BufferedImage argb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0xFF336699);
        argb.setRGB(1, 0, 0x00000000);
        Path fa = dir.resolve("alpha.png");
        TestImages.write(argb, "png", fa);
        FloatImage ai = decoder.decode(fa).image();
        assertEquals(Srgb.decode8(0x33), ai.plane(0)[0], 0f, "opaque pixel keeps its colour");
        assertEquals(1f, ai.plane(1)[1], 1e-6f, "transparent pixel is flattened over white");
    }

    @Test
    void tiffAllCompressions() throws Exception {
        for (String comp : new String[] {null, "LZW", "Deflate"}) {
            Path f8 = dir.resolve("t8-" + comp + ".tif");
            TestImages.writeTiff(TestImages.rgb8(11, 6), f8, comp);
            DecodedImage d = decoder.decode(f8);
            assertEquals("TIFF", d.format());
            assertExact8(d.image(), 11, 6);
            Path f16 = dir.resolve("t16-" + comp + ".tif");
            TestImages.writeTiff(TestImages.rgb16(11, 6), f16, comp);
            DecodedImage d16 = decoder.decode(f16);
            assertEquals(16, d16.bitDepth(), "16-bit " + comp);
            for (int c = 0; c < 3; c++) {
                assertEquals(Srgb.decode16(TestImages.v16(5, 3, c)), d16.image().plane(c)[d16.image().index(5, 3)], 0f);
            }
        }
    }

    @Test
    void bmp() throws Exception {
        Path f = dir.resolve("a.bmp");
        TestImages.write(TestImages.rgb8(5, 4), "bmp", f);
        DecodedImage d = decoder.decode(f);
        assertEquals("BMP", d.format());
        assertExact8(d.image(), 5, 4);
    }

    @Test
    void jpegBaselineAndProgressive() throws Exception {
        for (boolean progressive : new boolean[] {false, true}) {
            Path f = dir.resolve("p" + progressive + ".jpg");
            TestImages.writeJpeg(TestImages.smooth(64, 48), f, 0.95f, progressive);
            DecodedImage d = decoder.decode(f);
            assertEquals("JPEG", d.format());
            assertEquals(64, d.width());
            float expected = Srgb.decode8(40 + 32 * 170 / 64);
            assertEquals(expected, d.image().plane(0)[d.image().index(32, 24)], 0.02f);
        }
    }

    @Test
    void webpFromSharedData() throws Exception {
        Path f = dev.patina.testdata.SharedData.require("ai-images/sd-metadata-samples/forge-neo.webp");
        DecodedImage d = decoder.decode(f);
        assertEquals("WEBP", d.format());
        assertEquals(1024, d.width());
        assertTrue(d.metadata().userComment().contains("Steps:"), "EXIF chunk read from the WebP");
        float mean = 0;
        for (float v : d.image().plane(1)) mean += v;
        mean /= d.image().plane(1).length;
        assertTrue(mean > 0.01f && mean < 0.99f, "real picture content, mean " + mean);
    }

    @Test
    void emptyNotImageTruncatedCorrupt() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.png"));
        assertBad(empty, "empty.png", "empty");
        Path text = Files.writeString(dir.resolve("notes.jpg"), "hello, this is not a picture");
        assertBad(text, "notes.jpg", "not an image");

        Path good = dir.resolve("good.jpg");
        TestImages.writeJpeg(TestImages.smooth(256, 256), good, 0.9f, false);
        byte[] all = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("broken.jpg"), java.util.Arrays.copyOf(all, all.length / 2));
        assertBad(cut, "broken.jpg", "truncated");

        Path prog = dir.resolve("prog.jpg");
        TestImages.writeJpeg(TestImages.smooth(256, 256), prog, 0.9f, true);
        byte[] pa = Files.readAllBytes(prog);
        for (int cutAt : new int[] {pa.length / 3, pa.length * 2 / 3, pa.length - 3}) {
            Path cutProg = Files.write(dir.resolve("cutprog" + cutAt + ".jpg"), java.util.Arrays.copyOf(pa, cutAt));
            assertBad(cutProg, cutProg.getFileName().toString(), "truncated");
        }

        Path png = dir.resolve("good.png");
        TestImages.write(TestImages.rgb8(200, 200), "png", png);
        byte[] pb = Files.readAllBytes(png);
        Path cutPng = Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(pb, pb.length / 2));
        assertBad(cutPng, "cut.png", "");

        byte[] garbled = pb.clone();
        for (int i = 60; i < garbled.length - 20; i += 7) garbled[i] ^= 0x5a;
        assertBad(Files.write(dir.resolve("garbled.png"), garbled), "garbled.png", "");

        Path tif = dir.resolve("good.tif");
        TestImages.writeTiff(TestImages.rgb8(300, 300), tif, "LZW");
        byte[] tb = Files.readAllBytes(tif);
        assertBad(Files.write(dir.resolve("cut.tif"), java.util.Arrays.copyOf(tb, tb.length / 3)), "cut.tif", "");

        // A TIFF whose directory is at the end, cut inside its tag values: the codec's own message
        // was "class java.io.EOFException cannot be cast to class [B".
        byte[] tail = Files.readAllBytes(Path.of("src/test/resources/photos/tail-ifd.tif"));
        for (int cutBytes : new int[] {30, 200, 400}) {
            Path cutTail = Files.write(dir.resolve("tail" + cutBytes + ".tif"), java.util.Arrays.copyOf(tail, tail.length - cutBytes));
            assertBad(cutTail, cutTail.getFileName().toString(), "truncated");
        }
    }

    @Test
    void refusesTooManyPixelsBeforeDecoding() throws Exception {
        Path f = dir.resolve("big.png");
        TestImages.write(TestImages.rgb8(100, 100), "png", f);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> decoder.decode(f, 9_999));
        assertTrue(e.getMessage().startsWith("big.png: image too large"), e.getMessage());
        assertEquals(100, decoder.decode(f, 10_000).width());
    }

    private void assertBad(Path f, String name, String word) {
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> decoder.decode(f), name);
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(word), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        System.out.println(e.getMessage());
    }
}
