package dev.patina.io;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the metadata segments in front of the first scan of a JPEG: APP1 Exif and XMP, APP2
 * ICC_PROFILE (possibly split over several segments), COM. Read directly because the ImageIO
 * metadata trees of the JDK and TwelveMonkeys readers differ and hide unknown segments.
 */
final class JpegSegments {
    static final byte[] EXIF_ID = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] XMP_ID = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] ICC_ID = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);

    private JpegSegments() {}

    static ScannedMetadata scan(ImageInputStream in) throws IOException {
        in.seek(0);
        if (in.readUnsignedShort() != 0xFFD8) return ScannedMetadata.NONE;
        byte[] exif = null;
        String xmp = null, comment = null;
        Map<Integer, byte[]> icc = new TreeMap<>();
        try {
            while (true) {
                int b = in.read();
                if (b < 0) break;
                if (b != 0xFF) continue; // garbage between segments: resynchronise on the next 0xFF
                int marker;
                do { marker = in.read(); } while (marker == 0xFF);
                if (marker < 0 || marker == 0xDA || marker == 0xD9) break; // scan data or end: no more metadata
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;
                int len = in.readUnsignedShort() - 2;
                if (len < 0) break;
                if (marker == 0xE1 || marker == 0xE2 || marker == 0xFE) {
                    byte[] data = new byte[len];
                    in.readFully(data);
                    if (marker == 0xE1 && exif == null && startsWith(data, EXIF_ID)) {
                        exif = Arrays.copyOfRange(data, EXIF_ID.length, data.length);
                    } else if (marker == 0xE1 && xmp == null && startsWith(data, XMP_ID)) {
                        xmp = new String(data, XMP_ID.length, data.length - XMP_ID.length, StandardCharsets.UTF_8);
                    } else if (marker == 0xE2 && startsWith(data, ICC_ID) && data.length > ICC_ID.length + 2) {
                        icc.put(data[ICC_ID.length] & 0xff, Arrays.copyOfRange(data, ICC_ID.length + 2, data.length));
                    } else if (marker == 0xFE && comment == null) {
                        comment = Text.decode(data).strip();
                    }
                } else {
                    in.skipBytes(len);
                }
            }
        } catch (EOFException e) {
            // a truncated header: keep what was read; the decoder reports the damage
        }
        return new ScannedMetadata(new SourceMetadata(exif, xmp, Map.of(), comment), join(icc));
    }

    private static byte[] join(Map<Integer, byte[]> parts) {
        if (parts.isEmpty()) return null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.values().forEach(out::writeBytes);
        return out.toByteArray();
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
