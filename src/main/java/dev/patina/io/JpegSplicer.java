package dev.patina.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Inserts marker segments into an encoded JPEG right after SOI and the JFIF APP0 (JFIF readers
 * expect APP0 first; EXIF readers find APP1 anywhere in the header). Splicing bytes is simpler and
 * more predictable than steering the ImageIO writer's metadata tree, which drops unknown markers
 * differently per writer.
 */
final class JpegSplicer {
    private JpegSplicer() {}

    /** One marker segment: 0xFF, marker, 2-byte length, payload (at most 65533 bytes). */
    static byte[] segment(int marker, byte[]... parts) throws IOException {
        int len = 2;
        for (byte[] p : parts) len += p.length;
        if (len > 0xFFFF) throw new IOException("JPEG segment too large: " + len + " bytes");
        ByteArrayOutputStream out = new ByteArrayOutputStream(len + 2);
        out.write(0xFF);
        out.write(marker);
        out.write(len >> 8);
        out.write(len & 0xff);
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    static byte[] insert(byte[] jpeg, List<byte[]> segments) throws IOException {
        if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xFF || (jpeg[1] & 0xff) != 0xD8) throw new IOException("not a JPEG stream");
        int at = 2;
        if ((jpeg[2] & 0xff) == 0xFF && (jpeg[3] & 0xff) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 70_000);
        out.write(jpeg, 0, at);
        segments.forEach(out::writeBytes);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }
}
