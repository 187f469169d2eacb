package dev.patina.io;

import dev.patina.image.DepthMap;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a mask image (an inpaint hole, an exclude mask) of any bit depth ImageIO and TwelveMonkeys
 * decode: 1-bit and palette PNGs from paint programs, 8/16-bit grey, RGB (its mean is the value).
 * Values are 0..1; the mask's own size is kept (the op resamples it).
 */
public final class MaskLoader {
    /** Refused before allocating, as for depth maps. */
    static final long MAX_PIXELS = 100_000_000L;

    private MaskLoader() {}

    public static DepthMap parse(Path file, byte[] bytes) throws InvalidFileException {
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new InvalidFileException(file + ": cannot read mask image (" + e.getMessage() + ")", e);
        }
        if (img == null) throw new InvalidFileException(file + ": not an image this program reads (PNG or TIFF mask expected)");
        int w = img.getWidth(), h = img.getHeight();
        if ((long) w * h > MAX_PIXELS) throw new InvalidFileException(file + ": mask of " + w + "x" + h + " is too large");
        float[] v = new float[w * h];
        int bands = img.getRaster().getNumBands();
        boolean direct = img.getColorModel().getNumColorComponents() == 1 && img.getColorModel().getPixelSize() > 1
            && img.getRaster().getTransferType() == java.awt.image.DataBuffer.TYPE_USHORT;
        if (direct && bands == 1) {
            // 16-bit grey: keep every code.
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                img.getRaster().getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) v[y * w + x] = row[x] / 65535f;
            }
        } else {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int rgb = img.getRGB(x, y);
                    v[y * w + x] = (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255)) / (3 * 255f);
                }
            }
        }
        return new DepthMap(w, h, v);
    }
}
