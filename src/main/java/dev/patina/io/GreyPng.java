package dev.patina.io;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferUShort;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/** A mask (values 0..1, w*h row-major) as a 16-bit greyscale PNG: 0 is black, 1 is 65535. */
public final class GreyPng {
    private GreyPng() {}

    public static void write16(float[] values, int w, int h, OutputStream out) throws IOException {
        if (values.length != (long) w * h) throw new IllegalArgumentException("mask has " + values.length + " values, expected " + w + "x" + h);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
        short[] data = ((DataBufferUShort) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < data.length; i++) {
            float v = values[i];
            data[i] = (short) Math.round((v <= 0 ? 0 : v >= 1 ? 1 : v) * 65535f);
        }
        if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer");
    }
}
