package dev.patina.ui.files;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import dev.patina.io.AtomicFiles;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * Writes a rendered image with the JDK's ImageIO writers. A stand-in until the engine's exporter
 * (with ICC, EXIF and prompt passthrough and chroma-subsampling control) is merged: it honours
 * quality, progressive, TIFF bit depth and compression, and writes atomically.
 */
final class ImageIoExportWriter {
    private ImageIoExportWriter() {}

    static void write(FloatImage image, ExportSettings s) throws IOException {
        boolean tiff = s.format() == ExportSettings.Format.TIFF;
        BufferedImage img = tiff && s.bits() == 16 ? to16(image) : to8(image);
        ImageWriter writer = pickWriter(tiff ? "tiff" : "jpeg", tiff);
        try {
            ImageWriteParam p = writer.getDefaultWriteParam();
            if (!tiff) {
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(s.quality() / 100f);
                p.setProgressiveMode(s.progressive() ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
            } else if (!s.compression().equals("none")) {
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionType(s.compression().equals("lzw") ? "LZW" : "Deflate");
            }
            AtomicFiles.write(s.output(), out -> {
                try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(ios);
                    writer.write(null, new IIOImage(img, null, null), p);
                }
            });
        } finally {
            writer.dispose();
        }
    }

    /** For TIFF the JDK's own writer: it writes 16-bit RGB, which the TwelveMonkeys one refuses. */
    private static ImageWriter pickWriter(String format, boolean preferJdk) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format);
        ImageWriter first = null;
        while (it.hasNext()) {
            ImageWriter w = it.next();
            if (first == null) first = w;
            if (preferJdk && w.getClass().getName().startsWith("com.sun.imageio")) return w;
        }
        if (first == null) throw new IOException("no " + format.toUpperCase(Locale.ROOT) + " writer available");
        return first;
    }

    private static BufferedImage to8(FloatImage f) {
        int w = f.width(), h = f.height();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                // Ordered dither before quantising, so gradients do not band.
                float d = ((x * 7 + y * 13) & 15) / 16f;
                row[x] = q8(f.plane(0)[i], d) << 16 | q8(f.plane(1)[i], d) << 8 | q8(f.plane(2)[i], d);
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }

    private static int q8(float linear, float dither) {
        return Math.max(0, Math.min(255, (int) (Srgb.encode(linear) * 255f + dither)));
    }

    private static BufferedImage to16(FloatImage f) {
        int w = f.width(), h = f.height();
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
            Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster r = cm.createCompatibleWritableRaster(w, h);
        int[] px = new int[3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                for (int c = 0; c < 3; c++) px[c] = Math.round(Srgb.encode(f.plane(c)[i]) * 65535f);
                r.setPixel(x, y, px);
            }
        }
        return new BufferedImage(cm, r, false, null);
    }
}
