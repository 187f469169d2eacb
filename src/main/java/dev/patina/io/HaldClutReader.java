package dev.patina.io;

import dev.patina.image.Lut3D;
import dev.patina.ops.ResourceException;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Turns a HaldCLUT image into a 3D LUT. A level-L HaldCLUT is a square image of L^3 x L^3 pixels
 * holding a cube of L^2 points per axis. Pixels are read row by row across the whole image (not
 * tile by tile): pixel number i = x + y*width is cube entry i with red changing fastest, then green,
 * then blue. Values are normalised by the sample's own bit depth (8 or 16 bits), never assumed 8-bit.
 */
final class HaldClutReader {
    private HaldClutReader() {}

    static Lut3D read(String name, BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        if (w != h) throw new ResourceException(name, "HaldCLUT must be square, this image is " + w + "x" + h);
        int level = (int) Math.round(Math.cbrt(w));
        if (level * level * level != w || level < 2) {
            throw new ResourceException(name, "HaldCLUT side " + w + " is not a cube L^3 (e.g. 512 for level 8, 1728 for level 12)");
        }
        int size = level * level;
        if (size > CubeLutParser.MAX_SIZE) throw new ResourceException(name, "HaldCLUT level " + level + " is too large");
        if (image.getColorModel() instanceof IndexColorModel) image = expandPalette(image);
        Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        if (bands < 3) throw new ResourceException(name, "HaldCLUT must be an RGB image, it has " + bands + " channel(s)");
        int[] bits = raster.getSampleModel().getSampleSize();
        float[] scale = new float[3];
        for (int c = 0; c < 3; c++) {
            if (bits[c] != 8 && bits[c] != 16) throw new ResourceException(name, "HaldCLUT must have 8 or 16 bits per channel, not " + bits[c]);
            scale[c] = 1f / ((1 << bits[c]) - 1);
        }
        // Raw raster samples ignore any colour-space conversion an ImageIO colour model would do,
        // so the values are exactly the stored code values.
        float[] table = new float[size * size * size * 3];
        int[] row = new int[w * bands];
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, row);
            int base = y * w * 3;
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) table[base + x * 3 + c] = row[x * bands + c] * scale[c];
            }
        }
        return new Lut3D(size, table);
    }

    /** A palette image (some tools save 8-bit HaldCLUTs that way) as plain 8-bit RGB samples. */
    private static BufferedImage expandPalette(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) rgb.setRGB(x, y, image.getRGB(x, y));
        }
        return rgb;
    }
}
