package dev.patina.tools;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;

/** PNG in and out for the look-at-results tools (test scope: the product has its own codecs). */
public final class Png {
    public static void write(FloatImage img, String path) throws Exception {
        BufferedImage bi = new BufferedImage(img.width(), img.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.height(); y++) for (int x = 0; x < img.width(); x++) {
            int i = y * img.width() + x;
            int r = Math.round(Srgb.encode(img.plane(0)[i]) * 255), g = Math.round(Srgb.encode(img.plane(1)[i]) * 255), b = Math.round(Srgb.encode(img.plane(2)[i]) * 255);
            bi.setRGB(x, y, (r << 16) | (g << 8) | b);
        }
        ImageIO.write(bi, "png", new File(path));
    }

    public static void writeGrey(float[] v, int w, int h, float scale, String path) throws Exception {
        FloatImage img = new FloatImage(w, h);
        for (int i = 0; i < v.length; i++) for (int c = 0; c < 3; c++) img.plane(c)[i] = Srgb.decode(Math.max(0, Math.min(1, v[i] * scale)));
        write(img, path);
    }

    public static FloatImage read(String path) throws Exception {
        BufferedImage bi = ImageIO.read(new File(path));
        FloatImage img = new FloatImage(bi.getWidth(), bi.getHeight());
        for (int y = 0; y < bi.getHeight(); y++) for (int x = 0; x < bi.getWidth(); x++) {
            int rgb = bi.getRGB(x, y), i = y * bi.getWidth() + x;
            img.plane(0)[i] = Srgb.decode8((rgb >> 16) & 255);
            img.plane(1)[i] = Srgb.decode8((rgb >> 8) & 255);
            img.plane(2)[i] = Srgb.decode8(rgb & 255);
        }
        return img;
    }
}
