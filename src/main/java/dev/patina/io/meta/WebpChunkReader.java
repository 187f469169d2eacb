package dev.patina.io.meta;

import java.nio.charset.StandardCharsets;

/** Walks the RIFF chunks of a WebP file for its EXIF and XMP chunks. */
final class WebpChunkReader {
    private WebpChunkReader() {}

    static void read(byte[] d, RawMetadata out) {
        long riffEnd = Math.min(d.length, 8 + Bytes.u32le(d, 4));
        int pos = 12;
        while (pos + 8 <= riffEnd) {
            String type = new String(d, pos, 4, StandardCharsets.ISO_8859_1);
            long len = Bytes.u32le(d, pos + 4);
            int body = pos + 8;
            if (len > d.length - body) {
                out.problem("WebP chunk " + type.trim() + " at byte " + pos + " is truncated");
                return;
            }
            if (type.equals("EXIF")) {
                ExifReader.read(java.util.Arrays.copyOfRange(d, body, body + (int) len), "WebP EXIF", out);
            } else if (type.equals("XMP ")) {
                XmpReader.read(new String(d, body, (int) len, StandardCharsets.UTF_8), "WebP XMP", out);
            }
            pos = body + (int) len + (int) (len & 1);
        }
    }
}
