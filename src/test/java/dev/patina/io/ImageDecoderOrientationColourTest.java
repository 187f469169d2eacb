package dev.patina.io;

import static org.junit.jupiter.api.Assertions.*;

import com.twelvemonkeys.imageio.metadata.tiff.IFD;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;
import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDecoderOrientationColourTest {
    @TempDir Path dir;
    private final ImageDecoder decoder = new ImageDecoder();

    static byte[] exifWithOrientation(int o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            new TIFFWriter().write(new IFD(List.of(new TIFFEntry(TIFF.TAG_ORIENTATION, TIFF.TYPE_SHORT, o))), out);
        }
        return bytes.toByteArray();
    }

    /** The stored pixel (x, y) that EXIF orientation o shows at upright position (dx, dy). */
    static int[] source(int o, int dx, int dy, int w, int h) {
        return switch (o) {
            case 1 -> new int[] {dx, dy};
            case 2 -> new int[] {w - 1 - dx, dy};
            case 3 -> new int[] {w - 1 - dx, h - 1 - dy};
            case 4 -> new int[] {dx, h - 1 - dy};
            case 5 -> new int[] {dy, dx};
            case 6 -> new int[] {dy, h - 1 - dx};
            case 7 -> new int[] {w - 1 - dy, h - 1 - dx};
            default -> new int[] {w - 1 - dy, dx};
        };
    }

    @Test
    void jpegOrientationAllEight() throws Exception {
        // 4x2 blocks of 8x8 px, each a flat distinct grey: survives JPEG and shows any wrong turn
        int w = 32, h = 16;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) for (int c = 0; c < 3; c++) {
            img.getRaster().setSample(x, y, c, 20 + 30 * ((x / 8) + 4 * (y / 8)));
        }
        Path plain = dir.resolve("plain.jpg");
        TestImages.writeJpeg(img, plain, 1f, false);
        byte[] jpeg = Files.readAllBytes(plain);
        for (int o = 1; o <= 8; o++) {
            byte[] app1 = JpegSplicer.segment(0xE1, JpegSegments.EXIF_ID, exifWithOrientation(o));
            Path f = Files.write(dir.resolve("o" + o + ".jpg"), JpegSplicer.insert(jpeg, List.of(app1)));
            DecodedImage d = decoder.decode(f);
            assertEquals(o >= 5 ? h : w, d.width(), "width for orientation " + o);
            assertEquals(o, d.metadata().orientation());
            FloatImage p = d.image();
            for (int dy = 4; dy < d.height(); dy += 8) for (int dx = 4; dx < d.width(); dx += 8) {
                int[] s = source(o, dx, dy, w, h);
                float expected = Srgb.decode8(20 + 30 * ((s[0] / 8) + 4 * (s[1] / 8)));
                assertEquals(expected, p.plane(1)[p.index(dx, dy)], 0.01f, "orientation " + o + " at " + dx + "," + dy);
            }
        }
    }

    @Test
    void pngExifOrientationIsExact() throws Exception {
        int w = 5, h = 3;
        Path plain = dir.resolve("plain.png");
        TestImages.write(TestImages.rgb8(w, h), "png", plain);
        byte[] png = Files.readAllBytes(plain);
        for (int o = 1; o <= 8; o++) {
            byte[] file = TestImages.withPngChunk(png, "eXIf", exifWithOrientation(o));
            Path f = Files.write(dir.resolve("o" + o + ".png"), file);
            FloatImage p = decoder.decode(f).image();
            for (int dy = 0; dy < p.height(); dy++) for (int dx = 0; dx < p.width(); dx++) {
                int[] s = source(o, dx, dy, w, h);
                for (int c = 0; c < 3; c++) {
                    assertEquals(Srgb.decode8(TestImages.v8(s[0], s[1], c)), p.plane(c)[p.index(dx, dy)], 0f, "o" + o);
                }
            }
        }
    }

    private static BufferedImage linearTagged(int value) {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB), false, false,
            Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 16, 16, 3, null);
        for (int y = 0; y < 16; y++) for (int x = 0; x < 16; x++) for (int c = 0; c < 3; c++) r.setSample(x, y, c, value);
        return new BufferedImage(cm, r, false, null);
    }

    @Test
    void pngWithLinearProfileIsConverted() throws Exception {
        // the JDK PNG writer leaves the profile out, so add the iCCP chunk by hand
        Path plain = dir.resolve("plain.png");
        TestImages.write(linearTagged(128), "png", plain);
        byte[] profile = java.awt.color.ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        byte[] iccp = java.io.ByteArrayOutputStream.class.cast(new java.io.ByteArrayOutputStream() {{
            writeBytes("linear\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            writeBytes(TestImages.deflate(profile));
        }}).toByteArray();
        Path f = Files.write(dir.resolve("linear.png"), TestImages.withPngChunk(Files.readAllBytes(plain), "iCCP", iccp));
        FloatImage p = decoder.decode(f).image();
        // 128 in a linear-light profile is 0.502 linear; read as sRGB it would be 0.216
        assertEquals(128 / 255f, p.plane(1)[p.index(3, 3)], 0.01f);
    }

    @Test
    void jpegWithLinearProfileIsConverted() throws Exception {
        // JPEG samples of 128 tagged (APP2 ICC_PROFILE, spliced in) with a linear-light profile
        BufferedImage grey = new BufferedImage(16, 16, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 16; y++) for (int x = 0; x < 16; x++) grey.setRGB(x, y, 0x808080);
        Path plain = dir.resolve("plain.jpg");
        TestImages.writeJpeg(grey, plain, 1f, false);
        byte[] profile = java.awt.color.ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        byte[] app2 = JpegSplicer.segment(0xE2, JpegSegments.ICC_ID, new byte[] {1, 1}, profile);
        Path f = Files.write(dir.resolve("linear.jpg"), JpegSplicer.insert(Files.readAllBytes(plain), List.of(app2)));
        FloatImage p = decoder.decode(f).image();
        assertEquals(128 / 255f, p.plane(1)[p.index(8, 8)], 0.015f);
    }

    @Test
    void cmykJpeg() throws Exception {
        // ImageIO cannot write CMYK JPEG; ImageMagick writes the Adobe (inverted) kind Photoshop does
        Path f = dir.resolve("cmyk.jpg");
        int rc;
        try {
            rc = new ProcessBuilder("convert", "-size", "16x16", "xc:rgb(220,30,40)", "-colorspace", "CMYK",
                "-quality", "95", f.toString()).redirectErrorStream(true).start().waitFor();
        } catch (java.io.IOException e) {
            rc = -1;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(rc == 0 && Files.size(f) > 0,
            "ImageMagick 'convert' is not installed: cannot make a CMYK JPEG");
        DecodedImage d = decoder.decode(f);
        FloatImage p = d.image();
        assertEquals(220, Srgb.encode(p.plane(0)[0]) * 255, 3);
        assertEquals(30, Srgb.encode(p.plane(1)[0]) * 255, 3);
        assertEquals(40, Srgb.encode(p.plane(2)[0]) * 255, 3);
    }
}
