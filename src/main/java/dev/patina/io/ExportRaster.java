package dev.patina.io;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
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

/**
 * The integer samples an export writes, filled tile by tile as the renderer finishes them, so a
 * full-size export never holds the whole float image (a 24 MP render is 288 MB of floats, its
 * 8-bit samples 72 MB). Linear float RGB becomes sRGB-encoded samples: 8 bits with triangular
 * dither keyed by seed and absolute position (so any tiling gives the same bytes), or 16 bits
 * rounded (65536 levels leave no visible banding, and rounding makes 16-bit sources round-trip
 * exactly). Tiles may be put from several threads at once as long as they do not overlap.
 */
public final class ExportRaster {
    private final int x0, y0, width, height, bits;
    private final long seed;
    private final BufferedImage image;
    private final byte[] bytes;
    private final short[] shorts;

    /** An empty raster covering {@code area} (in output coordinates): 8 or 16 bits per sample. */
    public ExportRaster(Rect area, int bits, long seed) {
        if (bits != 8 && bits != 16) throw new IllegalArgumentException("bits must be 8 or 16: " + bits);
        int width = area.width(), height = area.height();
        this.x0 = area.x();
        this.y0 = area.y();
        this.width = width;
        this.height = height;
        this.bits = bits;
        this.seed = seed;
        int type = bits == 16 ? DataBuffer.TYPE_USHORT : DataBuffer.TYPE_BYTE;
        WritableRaster r = Raster.createInterleavedRaster(type, width, height, 3, null);
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
            Transparency.OPAQUE, type);
        image = new BufferedImage(cm, r, false, null);
        bytes = bits == 8 ? ((DataBufferByte) r.getDataBuffer()).getData() : null;
        shorts = bits == 16 ? ((DataBufferUShort) r.getDataBuffer()).getData() : null;
    }

    /** The raster for an export with these options (16 bits only for a 16-bit TIFF). */
    public static ExportRaster forOptions(Rect area, ExportOptions o, long seed) {
        boolean sixteen = o.format() == ExportOptions.Format.TIFF && o.tiffBits() == 16;
        return new ExportRaster(area, sixteen ? 16 : 8, seed);
    }

    public int width() { return width; }

    public int height() { return height; }

    public int bits() { return bits; }

    BufferedImage image() { return image; }

    /** Quantises a finished tile (in output coordinates, inside the raster) into place. */
    public void put(FloatImage tile) {
        Rect r = tile.bounds();
        for (int y = r.y(); y < r.bottom(); y++) putRow(tile, y);
    }

    /** Quantises row y of src (which covers the raster's columns at that row) into place. */
    void putRow(FloatImage src, int y) {
        Rect b = src.bounds();
        float[] pr = src.plane(0), pg = src.plane(1), pb = src.plane(2);
        int i = (y - b.y()) * b.width();
        int o = ((y - y0) * width + b.x() - x0) * 3;
        if (bytes != null) {
            for (int x = b.x(); x < b.right(); x++, i++) {
                long noise = DitherNoise.bits(seed, x, y);
                bytes[o++] = level8(pr[i], DitherNoise.triangular(noise, 0));
                bytes[o++] = level8(pg[i], DitherNoise.triangular(noise, 1));
                bytes[o++] = level8(pb[i], DitherNoise.triangular(noise, 2));
            }
        } else {
            for (int x = b.x(); x < b.right(); x++, i++) {
                shorts[o++] = level16(pr[i]);
                shorts[o++] = level16(pg[i]);
                shorts[o++] = level16(pb[i]);
            }
        }
    }

    private static byte level8(float linear, float dither) {
        float v = Srgb.encode(linear) * 255f + 0.5f + dither;
        return (byte) Math.max(0, Math.min(255, (int) Math.floor(v)));
    }

    private static short level16(float linear) {
        return (short) Math.round(Srgb.encode(linear) * 65535f);
    }
}
