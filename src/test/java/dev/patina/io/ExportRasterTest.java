package dev.patina.io;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;

import static org.assertj.core.api.Assertions.assertThat;

class ExportRasterTest {
    private static final int W = 203, H = 131;

    private static ExportRaster inTiles(FloatImage img, int bits, int tile) {
        ExportRaster r = new ExportRaster(img.bounds(), bits, 42);
        // Out of order, as the renderer delivers them (nearest the centre first).
        for (int ty = (H - 1) / tile; ty >= 0; ty--) {
            for (int tx = 0; tx * tile < W; tx++) {
                Rect t = new Rect(tx * tile, ty * tile, tile, tile).intersect(img.bounds());
                r.put(img.crop(t));
            }
        }
        return r;
    }

    @Test
    void tilesPutInAnyOrderGiveTheBytesOfTheWholeImage() {
        FloatImage img = TestImages.scene(W, H, 9);
        byte[] whole = ((DataBufferByte) Quantizer.quantise(img, 8, 42, () -> false).image().getRaster().getDataBuffer()).getData();
        byte[] tiled = ((DataBufferByte) inTiles(img, 8, 37).image().getRaster().getDataBuffer()).getData();
        assertThat(tiled).isEqualTo(whole);
        short[] whole16 = ((DataBufferUShort) Quantizer.quantise(img, 16, 42, () -> false).image().getRaster().getDataBuffer()).getData();
        short[] tiled16 = ((DataBufferUShort) inTiles(img, 16, 50).image().getRaster().getDataBuffer()).getData();
        assertThat(tiled16).isEqualTo(whole16);
    }

    @Test
    void samplesAreTheEncodedValues() {
        FloatImage img = TestImages.uniform(4, 2, 0.2140f, 1f, 0f); // sRGB 0.5, 1, 0
        ExportRaster r = new ExportRaster(img.bounds(), 16, 0);
        r.put(img);
        short[] s = ((DataBufferUShort) r.image().getRaster().getDataBuffer()).getData();
        assertThat(s[0] & 0xffff).isBetween(32700, 32800);
        assertThat(s[1] & 0xffff).isEqualTo(65535);
        assertThat(s[2] & 0xffff).isZero();
    }
}
