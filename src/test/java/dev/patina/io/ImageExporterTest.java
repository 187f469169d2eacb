package dev.patina.io;

import static org.junit.jupiter.api.Assertions.*;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.twelvemonkeys.imageio.metadata.tiff.IFD;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;
import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageExporterTest {
    @TempDir Path dir;
    private final ImageExporter exporter = new ImageExporter();
    private final ImageDecoder decoder = new ImageDecoder();
    static final String PROMPT = "a lighthouse at dusk, film grain, café\nNegative prompt: blurry\nSteps: 30, Sampler: Euler a, CFG scale: 7, Seed: 42";

    static FloatImage smooth(int w, int h) {
        FloatImage img = new FloatImage(w, h);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int i = img.index(x, y);
            img.plane(0)[i] = Srgb.decode(0.15f + 0.7f * x / w);
            img.plane(1)[i] = Srgb.decode(0.25f + 0.6f * y / h);
            img.plane(2)[i] = Srgb.decode(0.5f);
        }
        return img;
    }

    private ExportOptions jpeg(Path p) throws Exception { return ExportOptions.forPath(p); }

    @Test
    void jpegQ90RoundTripWithinAFewLevels() throws Exception {
        FloatImage src = smooth(160, 120);
        Path out = dir.resolve("out.jpg");
        exporter.export(src, out, jpeg(out).withJpegQuality(90), SourceMetadata.EMPTY, 7, () -> false);
        FloatImage back = decoder.decode(out).image();
        double worst = 0;
        for (int c = 0; c < 3; c++) for (int i = 0; i < src.plane(c).length; i++) {
            worst = Math.max(worst, Math.abs(Srgb.encode(back.plane(c)[i]) - Srgb.encode(src.plane(c)[i])) * 255);
        }
        assertTrue(worst <= 4, "worst error " + worst + " levels");
        // sRGB ICC embedded, and readable by metadata-extractor
        assertNotNull(JpegSegments.scan(ImageIO.createImageInputStream(out.toFile())).icc());
        Metadata md = ImageMetadataReader.readMetadata(out.toFile());
        assertNotNull(md.getFirstDirectoryOfType(IccDirectory.class));
    }

    @Test
    void jpegOptionsChromaProgressiveQuality() throws Exception {
        FloatImage src = smooth(64, 64);
        long[] sizes = new long[3];
        int k = 0;
        for (ExportOptions.Chroma c : ExportOptions.Chroma.values()) {
            Path out = dir.resolve("c" + c + ".jpg");
            exporter.export(src, out, jpeg(out).withChroma(c).withProgressive(true), SourceMetadata.EMPTY, 1, () -> false);
            assertEquals(64, decoder.decode(out).width());
            sizes[k++] = Files.size(out);
            var md = ImageMetadataReader.readMetadata(out.toFile());
            var jd = md.getFirstDirectoryOfType(com.drew.metadata.jpeg.JpegDirectory.class);
            var y = jd.getComponent(0);
            int h = y.getHorizontalSamplingFactor(), v = y.getVerticalSamplingFactor();
            String expected = switch (c) { case S420 -> "2x2"; case S422 -> "2x1"; case S444 -> "1x1"; };
            assertEquals(expected, h + "x" + v, c.toString());
            assertTrue(jd.getDescription(com.drew.metadata.jpeg.JpegDirectory.TAG_COMPRESSION_TYPE).contains("Progressive"));
        }
    }

    @Test
    void tiff16LosslessForLzwDeflateAndNone() throws Exception {
        int w = 37, h = 23;
        FloatImage src = new FloatImage(w, h);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) for (int c = 0; c < 3; c++) {
            src.plane(c)[src.index(x, y)] = Srgb.decode16(TestImages.v16(x, y, c));
        }
        for (ExportOptions.TiffCompression comp : ExportOptions.TiffCompression.values()) {
            Path out = dir.resolve("t-" + comp + ".tif");
            exporter.export(src, out, ExportOptions.forPath(out).withTiffCompression(comp), SourceMetadata.EMPTY, 0, () -> false);
            DecodedImage back = decoder.decode(out);
            assertEquals(16, back.bitDepth());
            assertTrue(back.image().sameAs(src), "16-bit " + comp + " round trip is exact");
            assertNotNull(TiffTags.scan(ImageIO.createImageInputStream(out.toFile())).icc(), "ICC in TIFF");
        }
        Path out8 = dir.resolve("t8.tif");
        exporter.export(src, out8, ExportOptions.forPath(out8).withTiffBits(8), SourceMetadata.EMPTY, 0, () -> false);
        assertEquals(8, decoder.decode(out8).bitDepth());
    }

    @Test
    void tiffLzwOfNoiseSurvivesTableResets() throws Exception {
        // noise fills the 4096-entry LZW table many times per strip: every Clear must be in sync
        int w = 300, h = 200;
        java.util.Random rnd = new java.util.Random(99);
        FloatImage src = new FloatImage(w, h);
        for (int c = 0; c < 3; c++) for (int i = 0; i < w * h; i++) src.plane(c)[i] = Srgb.decode16(rnd.nextInt(65536));
        for (int bits : new int[] {8, 16}) {
            Path out = dir.resolve("noise" + bits + ".tif");
            exporter.export(src, out, ExportOptions.forPath(out).withTiffBits(bits), SourceMetadata.EMPTY, 3, () -> false);
            FloatImage back = decoder.decode(out).image();
            if (bits == 16) {
                assertTrue(back.sameAs(src));
            } else {
                for (int i = 0; i < w * h; i += 97) assertEquals(Srgb.encode(src.plane(1)[i]), Srgb.encode(back.plane(1)[i]), 1.5f / 255, "dither moves at most 1.5 LSB");
            }
        }
    }

    static byte[] cameraExif(int orientation) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            IFD exifIfd = new IFD(List.of(new TIFFEntry(ExifBlock.TAG_PIXEL_X, TIFF.TYPE_LONG, 999L),
                new TIFFEntry(ExifBlock.TAG_PIXEL_Y, TIFF.TYPE_LONG, 888L),
                new TIFFEntry(0x829A, TIFF.TYPE_RATIONAL, new com.twelvemonkeys.imageio.metadata.tiff.Rational(1, 250))));
            new TIFFWriter().write(new IFD(List.of(
                new TIFFEntry(0x010F, TIFF.TYPE_ASCII, "TestCam"),
                new TIFFEntry(0x0110, TIFF.TYPE_ASCII, "Model 1"),
                new TIFFEntry(TIFF.TAG_ORIENTATION, TIFF.TYPE_SHORT, orientation),
                new TIFFEntry(TIFF.TAG_EXIF_IFD, TIFF.TYPE_LONG, exifIfd))), out);
        }
        return bytes.toByteArray();
    }

    @Test
    void exifCarriedWithOrientationOneAndNewSize() throws Exception {
        SourceMetadata meta = new SourceMetadata(cameraExif(6), null, Map.of(), "made by hand");
        FloatImage src = smooth(40, 30);
        Path out = dir.resolve("exif.jpg");
        exporter.export(src, out, jpeg(out), meta, 0, () -> false);
        Metadata md = ImageMetadataReader.readMetadata(out.toFile());
        ExifIFD0Directory ifd0 = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertEquals("TestCam", ifd0.getString(ExifIFD0Directory.TAG_MAKE));
        assertEquals(1, ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION));
        ExifSubIFDDirectory sub = md.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        assertEquals(40, sub.getInt(ExifSubIFDDirectory.TAG_EXIF_IMAGE_WIDTH));
        assertEquals(30, sub.getInt(ExifSubIFDDirectory.TAG_EXIF_IMAGE_HEIGHT));
        assertEquals("1/250 sec", sub.getDescription(ExifSubIFDDirectory.TAG_EXPOSURE_TIME));
        // TIFF exports carry the same EXIF, sub-IFD included
        Path tif = dir.resolve("exif.tif");
        exporter.export(src, tif, ExportOptions.forPath(tif), meta, 0, () -> false);
        Metadata tmd = ImageMetadataReader.readMetadata(tif.toFile());
        assertEquals("TestCam", tmd.getFirstDirectoryOfType(ExifIFD0Directory.class).getString(ExifIFD0Directory.TAG_MAKE));
        assertEquals(1, tmd.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION));
        assertEquals("1/250 sec", tmd.getFirstDirectoryOfType(ExifSubIFDDirectory.class).getDescription(ExifSubIFDDirectory.TAG_EXPOSURE_TIME));
        // The Exif IFD's required ExifVersion, and ColorSpace sRGB (the profile is embedded), in both formats
        for (Metadata m : List.of(md, tmd)) {
            ExifSubIFDDirectory s = m.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            assertEquals("0232", new String(s.getByteArray(ExifSubIFDDirectory.TAG_EXIF_VERSION), java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(1, s.getInt(ExifSubIFDDirectory.TAG_COLOR_SPACE));
        }
        assertEquals(40, decoder.decode(tif).width());
        // and our own decoder does not turn it again
        assertEquals(40, decoder.decode(out).width());
        assertEquals("made by hand", decoder.decode(out).metadata().comment());
    }

    @Test
    void realCameraExifSurvives() throws Exception {
        Path photo = dev.patina.testdata.SharedData.require("photos/real-camera-exif_island_olympus.jpg");
        DecodedImage d = decoder.decode(photo);
        Path out = dir.resolve("olympus.jpg");
        exporter.export(d.image(), out, jpeg(out), d.metadata(), 0, () -> false);
        Metadata before = ImageMetadataReader.readMetadata(photo.toFile());
        Metadata after = ImageMetadataReader.readMetadata(out.toFile());
        ExifIFD0Directory b0 = before.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifIFD0Directory a0 = after.getFirstDirectoryOfType(ExifIFD0Directory.class);
        int compared = 0;
        for (var tag : b0.getTags()) {
            if (tag.getTagType() == ExifIFD0Directory.TAG_ORIENTATION) continue;
            assertEquals(tag.getDescription(), a0.getDescription(tag.getTagType()), tag.getTagName());
            compared++;
        }
        assertTrue(compared >= 5, "compared " + compared + " camera tags");
        assertEquals("OLYMPUS DIGITAL CAMERA", a0.getString(ExifIFD0Directory.TAG_IMAGE_DESCRIPTION), "camera text is not a prompt");
    }

    @Test
    void promptKeptOrStripped() throws Exception {
        Path png = dir.resolve("gen.png");
        TestImages.write(TestImages.rgb8(24, 16), "png", png);
        byte[] text = ("parameters\0" + PROMPT).getBytes(StandardCharsets.UTF_8);
        Files.write(png, TestImages.withPngChunk(Files.readAllBytes(png), "tEXt", text));
        DecodedImage d = decoder.decode(png);
        assertEquals(PROMPT, d.metadata().text().get("parameters"));
        assertTrue(d.metadata().hasPrompt());
        assertFalse(d.metadata().withoutPrompt().hasPrompt());

        Path kept = dir.resolve("kept.jpg"), stripped = dir.resolve("stripped.jpg");
        exporter.export(d.image(), kept, jpeg(kept), d.metadata(), 0, () -> false);
        exporter.export(d.image(), stripped, jpeg(stripped).withStripPrompt(true), d.metadata(), 0, () -> false);
        ExifSubIFDDirectory sub = ImageMetadataReader.readMetadata(kept.toFile()).getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        assertEquals(PROMPT, sub.getDescription(ExifSubIFDDirectory.TAG_USER_COMMENT));
        assertEquals(PROMPT, decoder.decode(kept).metadata().userComment());
        assertTrue(decoder.decode(kept).metadata().hasPrompt());
        Metadata s = ImageMetadataReader.readMetadata(stripped.toFile());
        ExifSubIFDDirectory ss = s.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        assertTrue(ss == null || !ss.containsTag(ExifSubIFDDirectory.TAG_USER_COMMENT));
        assertFalse(decoder.decode(stripped).metadata().hasPrompt());

        Path tk = dir.resolve("kept.tif"), ts = dir.resolve("stripped.tif");
        exporter.export(d.image(), tk, ExportOptions.forPath(tk), d.metadata(), 0, () -> false);
        exporter.export(d.image(), ts, ExportOptions.forPath(ts).withStripPrompt(true), d.metadata(), 0, () -> false);
        ExifSubIFDDirectory t0 = ImageMetadataReader.readMetadata(tk.toFile()).getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        assertEquals(PROMPT, t0.getDescription(ExifSubIFDDirectory.TAG_USER_COMMENT));
        assertEquals(PROMPT, decoder.decode(tk).metadata().userComment());
        ExifSubIFDDirectory s0 = ImageMetadataReader.readMetadata(ts.toFile()).getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        assertTrue(s0 == null || !s0.containsTag(ExifSubIFDDirectory.TAG_USER_COMMENT));
        assertFalse(decoder.decode(ts).metadata().hasPrompt());
    }

    @Test
    void realAiImagesPromptCarried() throws Exception {
        Path root = dev.patina.testdata.SharedData.require("ai-images/sd-metadata-samples");
        for (String name : new String[] {"sd-webui.png", "sd-webui.jpg", "comfyui.png", "forge-neo.webp", "invokeai.png",
                "comfyui-saveimage-plus.jpg", "civitai.jpeg", "novelai-full.png", "swarmui.jpg", "comfyui-save-image-extended.webp"}) {
            Path f = root.resolve(name);
            assertTrue(Files.isRegularFile(f), f + " is in the shared data");
            DecodedImage d = decoder.decode(f);
            assertTrue(d.metadata().hasPrompt(), name + " has a prompt");
            assertFalse(d.metadata().withoutPrompt().hasPrompt(), name + " stripped");
            FloatImage small = d.image().crop(new dev.patina.image.Rect(0, 0, 64, 64));
            Path out = dir.resolve(name + ".jpg");
            exporter.export(small, out, jpeg(out), d.metadata(), 0, () -> false);
            assertTrue(decoder.decode(out).metadata().hasPrompt(), name + " prompt survives export");
            Path outS = dir.resolve(name + ".s.jpg");
            exporter.export(small, outS, jpeg(outS).withStripPrompt(true), d.metadata(), 0, () -> false);
            assertFalse(decoder.decode(outS).metadata().hasPrompt(), name + " prompt stripped on export");
        }
    }

    @Test
    void ditheredGradientDoesNotBandAndIsRepeatable() throws Exception {
        // a slow ramp: 12 8-bit levels over 1200 px would be 100-px bands without dither
        int w = 1200, h = 8;
        FloatImage ramp = new FloatImage(w, h);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            float v = Srgb.decode((100f + 12f * x / w) / 255f);
            for (int c = 0; c < 3; c++) ramp.plane(c)[ramp.index(x, y)] = v;
        }
        Path out = dir.resolve("ramp.tif");
        ExportOptions o = ExportOptions.forPath(out).withTiffBits(8).withTiffCompression(ExportOptions.TiffCompression.NONE);
        exporter.export(ramp, out, o, SourceMetadata.EMPTY, 1234, () -> false);
        var img = ImageIO.read(out.toFile());
        int longest = 0;
        for (int y = 0; y < h; y++) {
            int run = 1;
            for (int x = 1; x < w; x++) {
                run = img.getRaster().getSample(x, y, 1) == img.getRaster().getSample(x - 1, y, 1) ? run + 1 : 1;
                longest = Math.max(longest, run);
            }
        }
        // TPDF of +-1 LSB keeps a pixel on an exact level with p = 3/4, so runs of ~20 occur by chance;
        // bands would be 100 px
        System.out.println("longest constant run in dithered ramp: " + longest + " px");
        assertTrue(longest <= 40, "longest run " + longest);
        // no banding: the column mean follows the ramp to a small fraction of a level
        for (int x = 0; x < w; x += 50) {
            double sum = 0;
            int n = 0;
            for (int xx = x; xx < Math.min(w, x + 50); xx++) for (int y = 0; y < h; y++) { sum += img.getRaster().getSample(xx, y, 1); n++; }
            double expected = 100 + 12.0 * (x + 24.5) / w;
            assertEquals(expected, sum / n, 0.25, "mean near x=" + x);
        }
        Path again = dir.resolve("ramp2.tif");
        exporter.export(ramp, again, o, SourceMetadata.EMPTY, 1234, () -> false);
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again), "same seed, same bytes");
    }

    @Test
    void cancellationLeavesNoFileAndKeepsExisting() throws Exception {
        FloatImage src = smooth(512, 512);
        Path fresh = dir.resolve("fresh.jpg");
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancellationException.class,
            () -> exporter.export(src, fresh, jpeg(fresh), SourceMetadata.EMPTY, 0, () -> polls.incrementAndGet() > 3));
        assertFalse(Files.exists(fresh));
        Path existing = Files.writeString(dir.resolve("existing.tif"), "keep me");
        assertThrows(CancellationException.class,
            () -> exporter.export(src, existing, ExportOptions.forPath(existing), SourceMetadata.EMPTY, 0, () -> true));
        assertEquals("keep me", Files.readString(existing));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("existing.tif"), files.map(p -> p.getFileName().toString()).toList(), "no temp files left");
        }
    }

    @Test
    void refusesToOverwriteTheOriginal() throws Exception {
        Path src = Files.writeString(dir.resolve("orig.jpg"), "x");
        ImageFormatException e = assertThrows(ImageFormatException.class,
            () -> ImageExporter.checkNotSource(src, dir.resolve("sub/../orig.jpg")));
        assertEquals("orig.jpg: refusing to overwrite the original", e.getMessage());
        ImageExporter.checkNotSource(src, dir.resolve("other.jpg"));
        assertThrows(ImageFormatException.class, () -> ExportOptions.forPath(dir.resolve("x.png")));
    }
}
