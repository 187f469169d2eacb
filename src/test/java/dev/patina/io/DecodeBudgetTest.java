package dev.patina.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import dev.patina.testing.Pngs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files whose headers claim more than their bytes can hold are refused before the pixels are allocated. */
class DecodeBudgetTest {
    @TempDir Path dir;

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** A valid PNG signature and header claiming w x h 8-bit RGB, with a few bytes of image data. */
    static byte[] tinyPng(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        out.writeBytes(Pngs.chunk("IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        Deflater d = new Deflater();
        d.setInput(new byte[64]);
        d.finish();
        byte[] z = new byte[64];
        int n = d.deflate(z);
        out.writeBytes(Pngs.chunk("IDAT", java.util.Arrays.copyOf(z, n)));
        out.writeBytes(Pngs.chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** A little-endian TIFF claiming w x h 32-bit float RGB in one strip of 16 bytes. */
    static byte[] tinyFloatTiff(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(400).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        short[][] tags = {{256, 4}, {257, 4}, {258, 3}, {259, 3}, {262, 3}, {273, 4}, {277, 3}, {278, 4}, {279, 4}, {284, 3}, {339, 3}};
        int bitsAt = 8 + 2 + tags.length * 12 + 4, formatAt = bitsAt + 6, dataAt = formatAt + 6;
        long[] values = {w, h, bitsAt, 1, 2, dataAt, 3, h, 16, 1, formatAt};
        int[] counts = {1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 3};
        b.putShort((short) tags.length);
        for (int i = 0; i < tags.length; i++) {
            b.putShort(tags[i][0]).putShort(tags[i][1]).putInt(counts[i]);
            if (tags[i][1] == 3 && counts[i] == 1) b.putShort((short) values[i]).putShort((short) 0);
            else b.putInt((int) values[i]);
        }
        b.putInt(0);
        b.putShort((short) 32).putShort((short) 32).putShort((short) 32);
        b.putShort((short) 3).putShort((short) 3).putShort((short) 3);
        b.put(new byte[16]);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    @Test
    void aTinyPngClaimingAHugeImageIsRefusedAsTruncatedWithoutAllocatingIt() throws Exception {
        Path f = Files.write(dir.resolve("claims.png"), tinyPng(15000, 15000));
        assertThat(Files.size(f)).isLessThan(100);
        long before = allocated();
        assertThatThrownBy(() -> new ImageDecoder().decode(f))
            .isInstanceOf(ImageFormatException.class)
            .hasMessageContaining("cannot hold the 15000x15000 image");
        assertThat(allocated() - before).as("bytes allocated refusing it").isLessThan(64L << 20);
    }

    @Test
    void aTinyFloatTiffClaimingAHugeImageIsRefusedWithoutAllocatingIt() throws Exception {
        Path f = Files.write(dir.resolve("claims.tif"), tinyFloatTiff(15800, 15800));
        long before = allocated();
        assertThatThrownBy(() -> new ImageDecoder().decode(f))
            .isInstanceOf(ImageFormatException.class)
            .hasMessageContaining("15800x15800");
        assertThat(allocated() - before).as("bytes allocated refusing it").isLessThan(64L << 20);
    }

    @Test
    void aGenuinelyFlatPngCompressedAsFarAsDeflateGoesStillDecodes() throws Exception {
        Path f = dir.resolve("flat.png");
        ImageIO.write(new BufferedImage(2500, 2500, BufferedImage.TYPE_3BYTE_BGR), "png", f.toFile());
        assertThat((double) 2500 * 2500 * 3 / Files.size(f)).as("compression ratio").isGreaterThan(300);
        assertThat(new ImageDecoder().decode(f).image().width()).isEqualTo(2500);
    }

    @Test
    void anImageThatWouldNotFitTheFreeHeapIsRefusedInOneLine() {
        Path f = dir.resolve("big.tif");
        assertThatThrownBy(() -> DecodeBudget.check(f, "TIFF", 10000, 10000, 12, 1L << 31, 1L << 30))
            .isInstanceOf(ImageFormatException.class)
            .hasMessageContaining("not enough memory to decode 10000x10000: it needs 2288 MB, 1024 MB are free");
        org.assertj.core.api.Assertions.assertThatCode(() -> DecodeBudget.check(f, "TIFF", 10000, 10000, 12, 1L << 31, 3L << 30))
            .doesNotThrowAnyException();
    }
}
