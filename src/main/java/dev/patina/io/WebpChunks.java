package dev.patina.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.stream.ImageInputStream;

/** Reads the EXIF, XMP and ICCP chunks of a RIFF WebP file (the extended VP8X layout). */
final class WebpChunks {
    private static final int MAX_CHUNK = 64 << 20;

    private WebpChunks() {}

    /**
     * Why the file is cut short, or null when it is whole: the RIFF header's size and each chunk's
     * length must fit in the file. The WebP decoders fill a cut-off lossless image with garbage
     * and no error, so this is checked before decoding.
     */
    static String truncation(ImageInputStream in) throws IOException {
        long length = in.length();
        if (length < 0) return null;
        in.seek(0);
        ByteOrder saved = in.getByteOrder();
        in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
        try {
            if (length < 12 || in.readInt() != 0x46464952) return null;
            long riff = in.readUnsignedInt() + 8;
            if (riff > length) return "the file is " + length + " bytes, its header says " + riff;
            in.readInt();
            long at = 12;
            while (at + 8 <= riff) {
                in.seek(at);
                in.readInt();
                long len = in.readUnsignedInt();
                long end = at + 8 + len;
                if (end > length) return "a chunk runs " + (end - length) + " bytes past the end of the file";
                at = end + (len & 1);
            }
            return null;
        } finally {
            in.setByteOrder(saved);
        }
    }

    static ScannedMetadata scan(ImageInputStream in) throws IOException {
        in.seek(0);
        ByteOrder saved = in.getByteOrder();
        in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
        byte[] exif = null, icc = null;
        String xmp = null;
        try {
            if (in.readInt() != 0x46464952 /* "RIFF" */) return ScannedMetadata.NONE;
            in.readInt();
            if (in.readInt() != 0x50424557 /* "WEBP" */) return ScannedMetadata.NONE;
            while (true) {
                byte[] id = new byte[4];
                in.readFully(id);
                long len = in.readUnsignedInt();
                String type = new String(id, java.nio.charset.StandardCharsets.ISO_8859_1);
                long next = in.getStreamPosition() + len + (len & 1);
                if (len <= MAX_CHUNK && (type.equals("EXIF") || type.equals("XMP ") || type.equals("ICCP"))) {
                    byte[] data = new byte[(int) len];
                    in.readFully(data);
                    switch (type) {
                        // some writers keep the JPEG-style "Exif\0\0" prefix inside the chunk
                        case "EXIF" -> exif = JpegSegments.startsWith(data, JpegSegments.EXIF_ID)
                            ? Arrays.copyOfRange(data, 6, data.length) : data;
                        case "XMP " -> xmp = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                        default -> icc = data;
                    }
                }
                in.seek(next);
            }
        } catch (EOFException e) {
            // end of chunks (or a truncated file, which the decoder reports)
        } finally {
            in.setByteOrder(saved);
        }
        return new ScannedMetadata(new SourceMetadata(exif, xmp, Map.of(), null), icc);
    }
}
