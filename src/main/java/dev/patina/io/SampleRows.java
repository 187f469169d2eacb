package dev.patina.io;

import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;

/**
 * Row access to the samples of an 8- or 16-bit component raster straight from its backing arrays:
 * the generic Raster.getSamples goes through a virtual call per sample, which costs seconds on a
 * 24 MP image.
 */
final class SampleRows {
    private final Object[] banks;
    private final int[] bankOffsets;
    private final int[] bandOffsets;
    private final int[] bankOfBand;
    private final int pixelStride, scanStride, originX, originY;
    final int bits;

    private SampleRows(Raster r, ComponentSampleModel sm) {
        DataBuffer db = r.getDataBuffer();
        banks = new Object[db.getNumBanks()];
        bankOffsets = db.getOffsets();
        for (int i = 0; i < banks.length; i++) {
            banks[i] = db instanceof DataBufferByte b ? b.getData(i) : ((DataBufferUShort) db).getData(i);
        }
        bandOffsets = sm.getBandOffsets();
        bankOfBand = sm.getBankIndices();
        pixelStride = sm.getPixelStride();
        scanStride = sm.getScanlineStride();
        originX = r.getSampleModelTranslateX();
        originY = r.getSampleModelTranslateY();
        bits = db instanceof DataBufferByte ? 8 : 16;
    }

    /** A view of r, or null when its layout is not plain 8/16-bit components (palette, packed). */
    static SampleRows of(Raster r) {
        if (!(r.getSampleModel() instanceof ComponentSampleModel sm)) return null;
        DataBuffer db = r.getDataBuffer();
        if (!(db instanceof DataBufferByte) && !(db instanceof DataBufferUShort)) return null;
        for (int b = 0; b < sm.getNumBands(); b++) {
            if (sm.getSampleSize(b) != (db instanceof DataBufferByte ? 8 : 16)) return null;
        }
        return new SampleRows(r, sm);
    }

    /** Copies band {@code band} of row y (raster coordinates) into out[0..w). */
    void row(int band, int y, int w, int[] out) {
        int bank = bankOfBand[band];
        int i = bankOffsets[bank] + (y - originY) * scanStride + (-originX) * pixelStride + bandOffsets[band];
        int step = pixelStride;
        if (banks[bank] instanceof byte[] a) {
            for (int x = 0; x < w; x++, i += step) out[x] = a[i] & 0xff;
        } else {
            short[] a = (short[]) banks[bank];
            for (int x = 0; x < w; x++, i += step) out[x] = a[i] & 0xffff;
        }
    }
}
