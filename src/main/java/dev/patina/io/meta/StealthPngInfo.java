package dev.patina.io.meta;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;

/**
 * AUTOMATIC1111 "stealth pnginfo": the infotext hidden in the least significant bits of the alpha
 * channel, read column by column: a 15-byte signature ("stealth_pnginfo", or "stealth_pngcomp"
 * for gzip), a 32-bit payload length in bits, then the payload. Only tried on PNGs with alpha and
 * no text metadata.
 */
final class StealthPngInfo {
    private static final String PLAIN = "stealth_pnginfo", GZIP = "stealth_pngcomp";
    /** Larger images are not decoded to look for hidden text: 50 MP is beyond any generator's output. */
    static final long MAX_PIXELS = 50_000_000L;
    private static final int MAX_PAYLOAD_BITS = 64 << 23; // 64 MB

    private StealthPngInfo() {}

    static Optional<String> read(byte[] png, RawMetadata out) {
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            out.problem("PNG pixels could not be decoded to look for hidden metadata (" + e.getMessage() + ")");
            return Optional.empty();
        }
        if (img == null || !img.getColorModel().hasAlpha() || (long) img.getWidth() * img.getHeight() > MAX_PIXELS) {
            return Optional.empty();
        }
        BitReader bits = new BitReader(img.getAlphaRaster(), img.getWidth(), img.getHeight());
        byte[] sig = bits.bytes(PLAIN.length());
        if (sig == null) return Optional.empty();
        String signature = new String(sig, StandardCharsets.ISO_8859_1);
        if (!signature.equals(PLAIN) && !signature.equals(GZIP)) return Optional.empty();
        long lengthBits = bits.u32();
        if (lengthBits <= 0 || lengthBits > MAX_PAYLOAD_BITS || lengthBits % 8 != 0) {
            out.problem("hidden (stealth) metadata has an impossible length of " + lengthBits + " bits");
            return Optional.empty();
        }
        byte[] payload = bits.bytes((int) (lengthBits / 8));
        if (payload == null) {
            out.problem("hidden (stealth) metadata is truncated");
            return Optional.empty();
        }
        if (signature.equals(PLAIN)) return Optional.of(new String(payload, StandardCharsets.UTF_8));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(payload))) {
            return Optional.of(new String(in.readNBytes(32 << 20), StandardCharsets.UTF_8));
        } catch (IOException e) {
            out.problem("hidden (stealth) metadata is corrupt gzip (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /** Alpha LSBs in column-major order, most significant bit of each byte first. */
    private static final class BitReader {
        private final Raster alpha;
        private final int width, height;
        private long next;

        BitReader(Raster alpha, int width, int height) {
            this.alpha = alpha;
            this.width = width;
            this.height = height;
        }

        private int bit() {
            long total = (long) width * height;
            if (next >= total) return -1;
            int x = (int) (next / height), y = (int) (next % height);
            next++;
            return alpha.getSample(alpha.getMinX() + x, alpha.getMinY() + y, 0) & 1;
        }

        byte[] bytes(int n) {
            if ((long) n * 8 > (long) width * height - next) return null;
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                int v = 0;
                for (int b = 0; b < 8; b++) v = (v << 1) | bit();
                out[i] = (byte) v;
            }
            return out;
        }

        long u32() {
            byte[] b = bytes(4);
            return b == null ? -1 : Bytes.u32be(b, 0);
        }
    }
}
