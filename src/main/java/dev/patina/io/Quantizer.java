package dev.patina.io;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Linear float RGB to sRGB-encoded integer samples for the writers: 8 bits with triangular dither,
 * 16 bits rounded (65536 levels leave no visible banding, and rounding makes 16-bit sources
 * round-trip exactly). Rows are spread over the common pool; the result does not depend on it.
 */
final class Quantizer {
    private static final int BAND = 64;

    private Quantizer() {}

    /** TYPE_3BYTE_BGR-compatible interleaved RGB, 8 bits, dithered with noise keyed by seed and absolute position. */
    static BufferedImage to8(FloatImage src, long seed, BooleanSupplier cancelled) {
        int w = src.width(), h = src.height(), x0 = src.bounds().x(), y0 = src.bounds().y();
        WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 3, null);
        byte[] out = ((DataBufferByte) r.getDataBuffer()).getData();
        float[][] p = src.planes();
        bands(h, cancelled, y -> {
            int i = y * w, o = y * w * 3;
            for (int x = 0; x < w; x++, i++) {
                long bits = DitherNoise.bits(seed, x0 + x, y0 + y);
                for (int c = 0; c < 3; c++) {
                    float v = Srgb.encode(p[c][i]) * 255f + 0.5f + DitherNoise.triangular(bits, c);
                    out[o++] = (byte) Math.max(0, Math.min(255, (int) Math.floor(v)));
                }
            }
        });
        return image(r, DataBuffer.TYPE_BYTE);
    }

    static BufferedImage to16(FloatImage src, BooleanSupplier cancelled) {
        int w = src.width(), h = src.height();
        WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, w, h, 3, null);
        short[] out = ((DataBufferUShort) r.getDataBuffer()).getData();
        float[][] p = src.planes();
        bands(h, cancelled, y -> {
            int i = y * w, o = y * w * 3;
            for (int x = 0; x < w; x++, i++) {
                for (int c = 0; c < 3; c++) out[o++] = (short) Math.round(Srgb.encode(p[c][i]) * 65535f);
            }
        });
        return image(r, DataBuffer.TYPE_USHORT);
    }

    private static BufferedImage image(WritableRaster r, int type) {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
            Transparency.OPAQUE, type);
        return new BufferedImage(cm, r, false, null);
    }

    private static void bands(int h, BooleanSupplier cancelled, java.util.function.IntConsumer row) {
        IntStream.range(0, (h + BAND - 1) / BAND).parallel().forEach(b -> {
            if (cancelled.getAsBoolean()) return;
            for (int y = b * BAND; y < Math.min(h, (b + 1) * BAND); y++) row.accept(y);
        });
        if (cancelled.getAsBoolean()) throw new CancellationException("export cancelled");
    }
}
