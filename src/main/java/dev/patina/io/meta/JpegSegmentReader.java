package dev.patina.io.meta;

import java.nio.charset.StandardCharsets;

/** Walks JPEG marker segments up to the image data, handing EXIF, XMP and COM blocks on. */
final class JpegSegmentReader {
    private static final byte[] EXIF = {'E', 'x', 'i', 'f', 0, 0};
    private static final byte[] XMP = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);

    private JpegSegmentReader() {}

    static void read(byte[] d, RawMetadata out) {
        int pos = 2;
        while (pos + 4 <= d.length) {
            if ((d[pos] & 0xff) != 0xFF) {
                out.problem("JPEG marker expected at byte " + pos + " (corrupt segment structure)");
                return;
            }
            int marker = d[pos + 1] & 0xff;
            if (marker == 0xFF) { // fill byte
                pos++;
                continue;
            }
            if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                pos += 2;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) return; // image data follows: no metadata after it
            int len = Bytes.u16be(d, pos + 2);
            int body = pos + 4;
            int end = pos + 2 + len;
            if (len < 2 || end > d.length) {
                out.problem(String.format("JPEG segment 0x%02X at byte %d is truncated", marker, pos));
                return;
            }
            if (marker == 0xE1 && Bytes.startsWith(d, body, EXIF)) {
                ExifReader.read(java.util.Arrays.copyOfRange(d, body + EXIF.length, end), "JPEG EXIF", out);
            } else if (marker == 0xE1 && Bytes.startsWith(d, body, XMP)) {
                XmpReader.read(new String(d, body + XMP.length, end - body - XMP.length, StandardCharsets.UTF_8),
                        "JPEG XMP", out);
            } else if (marker == 0xFE) {
                out.add("Comment", PngChunkReader.latin1OrUtf8(d, body, end - body), "JPEG COM");
            }
            pos = end;
        }
    }
}
