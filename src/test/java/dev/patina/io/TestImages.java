package dev.patina.io;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Small synthetic images with known samples, and writers for them. */
final class TestImages {
    private TestImages() {}

    /** 8-bit sRGB sample of channel c at (x, y): distinct per position and channel. */
    static int v8(int x, int y, int c) { return (x * 37 + y * 11 + c * 85) & 0xff; }

    static int v16(int x, int y, int c) { return (x * 4099 + y * 1237 + c * 21845) & 0xffff; }

    static BufferedImage rgb8(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) for (int c = 0; c < 3; c++) r.setSample(x, y, c, v8(x, y, c));
        return img;
    }

    static BufferedImage rgb16(int w, int h) {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
            Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, w, h, 3, null);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) for (int c = 0; c < 3; c++) r.setSample(x, y, c, v16(x, y, c));
        return new BufferedImage(cm, r, false, null);
    }

    /** Smooth colour ramp, kind to JPEG. */
    static BufferedImage smooth(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            r.setSample(x, y, 0, 40 + x * 170 / w);
            r.setSample(x, y, 1, 60 + y * 150 / h);
            r.setSample(x, y, 2, 120);
        }
        return img;
    }

    static void write(BufferedImage img, String format, Path out) throws IOException {
        if (!ImageIO.write(img, format, out.toFile())) throw new IOException("no writer for " + format);
    }

    static void writeJpeg(BufferedImage img, Path out, float quality, boolean progressive) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(quality);
        if (progressive) p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        try (ImageOutputStream os = ImageIO.createImageOutputStream(out.toFile())) {
            w.setOutput(os);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
    }

    /** TIFF through the JDK writer (the one that handles 16-bit RGB); compression null = none. */
    static void writeTiff(BufferedImage img, Path out, String compression) throws IOException {
        ImageWriter w = jdkTiffWriter();
        ImageWriteParam p = w.getDefaultWriteParam();
        if (compression == null) {
            p.setCompressionMode(ImageWriteParam.MODE_DISABLED);
        } else {
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionType(compression);
        }
        try (ImageOutputStream os = ImageIO.createImageOutputStream(out.toFile())) {
            w.setOutput(os);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
    }

    static ImageWriter jdkTiffWriter() {
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("tiff"); it.hasNext(); ) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.sun.")) return w;
        }
        throw new IllegalStateException("no JDK TIFF writer");
    }

    /** A PNG with an extra chunk right after IHDR (8 signature bytes + 25 IHDR bytes). */
    static byte[] withPngChunk(byte[] png, String type, byte[] data) throws IOException {
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(file);
        out.write(png, 0, 33);
        out.writeInt(data.length);
        byte[] typeAndData = new byte[4 + data.length];
        System.arraycopy(type.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, typeAndData, 0, 4);
        System.arraycopy(data, 0, typeAndData, 4, data.length);
        out.write(typeAndData);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typeAndData);
        out.writeInt((int) crc.getValue());
        out.write(png, 33, png.length - 33);
        return file.toByteArray();
    }

    static byte[] deflate(byte[] data) {
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(data);
        d.finish();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        d.end();
        return out.toByteArray();
    }

    static ImageTypeSpecifier type(BufferedImage img) { return new ImageTypeSpecifier(img); }
}
