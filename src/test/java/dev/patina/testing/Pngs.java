package dev.patina.testing;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Test-only conversions between 8-bit sRGB images and linear FloatImages. */
public final class Pngs {
    private Pngs() {}

    public static FloatImage resource(String name) {
        try (InputStream in = Pngs.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + name);
            return toLinear(ImageIO.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FloatImage read(Path file) {
        try {
            return toLinear(ImageIO.read(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FloatImage toLinear(BufferedImage img) {
        FloatImage out = new FloatImage(img.getWidth(), img.getHeight());
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) {
            int rgb = img.getRGB(x, y), i = y * img.getWidth() + x;
            out.plane(0)[i] = Srgb.decode8(rgb >> 16);
            out.plane(1)[i] = Srgb.decode8(rgb >> 8);
            out.plane(2)[i] = Srgb.decode8(rgb);
        }
        return out;
    }

    /** 8-bit sRGB, rounded (no dither: goldens must be exactly reproducible). */
    public static BufferedImage toSrgb8(FloatImage img) {
        BufferedImage out = new BufferedImage(img.width(), img.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.height(); y++) for (int x = 0; x < img.width(); x++) {
            int i = y * img.width() + x;
            int r = Math.round(Srgb.encode(img.plane(0)[i]) * 255), g = Math.round(Srgb.encode(img.plane(1)[i]) * 255),
                b = Math.round(Srgb.encode(img.plane(2)[i]) * 255);
            out.setRGB(x, y, (r << 16) | (g << 8) | b);
        }
        return out;
    }

    public static void write(BufferedImage img, Path file) {
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG chunk as it is stored: length, type, data, CRC over type and data. */
    public static byte[] chunk(String type, byte[] data) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        out.writeBytes(t);
        out.writeBytes(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
