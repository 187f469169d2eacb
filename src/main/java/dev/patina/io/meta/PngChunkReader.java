package dev.patina.io.meta;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads the text chunks of a PNG: tEXt, zTXt, iTXt (compressed or not), eXIf (EXIF), and the XMP
 * packet in iTXt "XML:com.adobe.xmp". Walks every chunk up to IEND, since some tools write text
 * after the image data. A damaged chunk is reported and skipped, never thrown.
 */
final class PngChunkReader {
    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Inflated text larger than this is refused: no prompt is that long, a zip bomb is. */
    private static final int MAX_INFLATED = 32 << 20;

    /** Set from IHDR: colour types 4 and 6 carry alpha, where A1111 may hide "stealth" metadata. */
    boolean hasAlpha;
    /** Pixel count from IHDR, so nothing decodes an image whose header claims billions of pixels. */
    long pixels;

    private PngChunkReader() {}

    static PngChunkReader read(byte[] data, RawMetadata out) {
        PngChunkReader reader = new PngChunkReader();
        reader.walk(data, out);
        return reader;
    }

    private void walk(byte[] d, RawMetadata out) {
        int pos = SIGNATURE.length;
        while (pos + 8 <= d.length) {
            long length = Bytes.u32be(d, pos);
            String type = new String(d, pos + 4, 4, StandardCharsets.ISO_8859_1);
            int body = pos + 8;
            if (length > d.length - body - 4L) {
                if (length <= d.length - body) {
                    out.problem("PNG chunk " + type + " at byte " + pos + " has no CRC (file truncated)");
                } else {
                    out.problem("PNG chunk " + type + " at byte " + pos + " claims " + length
                            + " bytes but the file ends first (truncated or corrupt)");
                    return;
                }
            }
            int len = (int) length;
            switch (type) {
                case "IHDR" -> {
                    if (len >= 13) {
                        hasAlpha = d[body + 9] == 4 || d[body + 9] == 6;
                        pixels = Bytes.u32be(d, body) * Bytes.u32be(d, body + 4);
                    }
                }
                case "tEXt" -> text(d, body, len, out);
                case "zTXt" -> compressedText(d, body, len, out);
                case "iTXt" -> internationalText(d, body, len, out);
                case "eXIf" -> ExifReader.read(java.util.Arrays.copyOfRange(d, body, body + len), "PNG eXIf", out);
                case "IEND" -> {
                    return;
                }
                default -> { }
            }
            pos = body + len + 4;
        }
    }

    private static void text(byte[] d, int body, int len, RawMetadata out) {
        int nul = Bytes.indexOf(d, body, body + len, (byte) 0);
        if (nul < 0) {
            out.problem("PNG tEXt chunk without keyword separator (corrupt)");
            return;
        }
        String key = new String(d, body, nul - body, StandardCharsets.ISO_8859_1);
        out.add(key, latin1OrUtf8(d, nul + 1, body + len - nul - 1), "PNG tEXt");
    }

    private static void compressedText(byte[] d, int body, int len, RawMetadata out) {
        int nul = Bytes.indexOf(d, body, body + len, (byte) 0);
        if (nul < 0 || nul + 2 > body + len) {
            out.problem("PNG zTXt chunk without keyword separator (corrupt)");
            return;
        }
        String key = new String(d, body, nul - body, StandardCharsets.ISO_8859_1);
        byte[] inflated = inflate(d, nul + 2, body + len - nul - 2, "zTXt '" + key + "'", out);
        if (inflated != null) out.add(key, latin1OrUtf8(inflated, 0, inflated.length), "PNG zTXt");
    }

    private static void internationalText(byte[] d, int body, int len, RawMetadata out) {
        int end = body + len;
        int nul = Bytes.indexOf(d, body, end, (byte) 0);
        if (nul < 0 || nul + 3 > end) {
            out.problem("PNG iTXt chunk is truncated (corrupt)");
            return;
        }
        String key = new String(d, body, nul - body, StandardCharsets.ISO_8859_1);
        boolean compressed = d[nul + 1] != 0;
        int lang = nul + 3;
        int langEnd = Bytes.indexOf(d, lang, end, (byte) 0);
        int translatedEnd = langEnd < 0 ? -1 : Bytes.indexOf(d, langEnd + 1, end, (byte) 0);
        if (translatedEnd < 0) {
            out.problem("PNG iTXt chunk '" + key + "' is truncated (corrupt)");
            return;
        }
        int textStart = translatedEnd + 1;
        byte[] bytes = compressed ? inflate(d, textStart, end - textStart, "iTXt '" + key + "'", out)
                : java.util.Arrays.copyOfRange(d, textStart, end);
        if (bytes == null) return;
        String value = new String(bytes, StandardCharsets.UTF_8);
        if (key.equals("XML:com.adobe.xmp")) XmpReader.read(value, "PNG iTXt XMP", out);
        else out.add(key, value, "PNG iTXt");
    }

    private static byte[] inflate(byte[] d, int off, int len, String what, RawMetadata out) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(d, off, len);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(len * 4);
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    out.problem("PNG " + what + " chunk: compressed text is truncated");
                    return null;
                }
                bytes.write(buf, 0, n);
                if (bytes.size() > MAX_INFLATED) {
                    out.problem("PNG " + what + " chunk inflates past " + (MAX_INFLATED >> 20) + " MB: refused");
                    return null;
                }
            }
            return bytes.toByteArray();
        } catch (DataFormatException e) {
            out.problem("PNG " + what + " chunk: compressed text is corrupt (" + e.getMessage() + ")");
            return null;
        } finally {
            inflater.end();
        }
    }

    /**
     * tEXt is Latin-1 by the spec, but Stability Matrix, Tensor.Art and others write UTF-8: bytes
     * that form valid UTF-8 with at least one multi-byte sequence are read as UTF-8.
     */
    static String latin1OrUtf8(byte[] d, int off, int len) {
        boolean high = false;
        for (int i = off; i < off + len; i++) if (d[i] < 0) { high = true; break; }
        if (high) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(d, off, len)).toString();
            } catch (CharacterCodingException e) {
                // genuinely Latin-1
            }
        }
        return new String(d, off, len, StandardCharsets.ISO_8859_1);
    }
}
