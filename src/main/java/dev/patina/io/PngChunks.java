package dev.patina.io;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads PNG metadata chunks, before and after the image data (ComfyUI and A1111 write text after
 * IDAT too): tEXt, zTXt, iTXt (XMP arrives as iTXt "XML:com.adobe.xmp"), eXIf and iCCP.
 * Image data chunks are skipped by seeking, so the scan is cheap even for large files.
 */
final class PngChunks {
    /** Caps on what a hostile file can make us allocate or inflate. */
    private static final int MAX_CHUNK = 64 << 20;
    private static final int MAX_INFLATED = 64 << 20;
    private static final long SIGNATURE = 0x89504E470D0A1A0AL;

    private PngChunks() {}

    static ScannedMetadata scan(ImageInputStream in) throws IOException {
        in.seek(0);
        if (in.readLong() != SIGNATURE) return ScannedMetadata.NONE;
        Map<String, String> text = new LinkedHashMap<>();
        byte[] exif = null, icc = null;
        String xmp = null;
        try {
            while (true) {
                long len = in.readUnsignedInt();
                byte[] typeBytes = new byte[4];
                in.readFully(typeBytes);
                String type = new String(typeBytes, StandardCharsets.ISO_8859_1);
                if (type.equals("IEND") || len > MAX_CHUNK) break;
                boolean wanted = type.equals("tEXt") || type.equals("zTXt") || type.equals("iTXt")
                    || type.equals("eXIf") || type.equals("iCCP");
                if (!wanted) {
                    in.seek(in.getStreamPosition() + len + 4);
                    continue;
                }
                byte[] data = new byte[(int) len];
                in.readFully(data);
                in.skipBytes(4); // CRC: a bad one is not worth refusing metadata over
                try {
                    switch (type) {
                        case "tEXt" -> putText(text, data);
                        case "zTXt" -> putZText(text, data);
                        case "iTXt" -> {
                            String[] kv = iText(data);
                            if (kv == null) break;
                            if (kv[0].equals("XML:com.adobe.xmp")) xmp = kv[1];
                            else text.putIfAbsent(kv[0], kv[1]);
                        }
                        case "eXIf" -> exif = exif == null ? data : exif;
                        case "iCCP" -> icc = icc == null ? iccp(data) : icc;
                        default -> { }
                    }
                } catch (DataFormatException | RuntimeException e) {
                    // one damaged text chunk must not hide the others
                }
            }
        } catch (EOFException e) {
            // truncated file: keep what was found; the decoder reports the damage
        }
        return new ScannedMetadata(new SourceMetadata(exif, xmp, text, null), icc);
    }

    private static int nul(byte[] d, int from) {
        for (int i = from; i < d.length; i++) if (d[i] == 0) return i;
        return -1;
    }

    private static void putText(Map<String, String> text, byte[] d) {
        int k = nul(d, 0);
        if (k <= 0) return;
        // tEXt is Latin-1 by the spec, but generators (A1111, ComfyUI) write UTF-8 into it
        text.putIfAbsent(new String(d, 0, k, StandardCharsets.ISO_8859_1), Text.decode(java.util.Arrays.copyOfRange(d, k + 1, d.length)));
    }

    private static void putZText(Map<String, String> text, byte[] d) throws DataFormatException {
        int k = nul(d, 0);
        if (k <= 0 || k + 2 > d.length) return;
        byte[] body = inflate(d, k + 2, d.length - k - 2);
        text.putIfAbsent(new String(d, 0, k, StandardCharsets.ISO_8859_1), Text.decode(body));
    }

    /** keyword, text of an iTXt chunk (keyword\0 flag method lang\0 translated\0 text). */
    private static String[] iText(byte[] d) throws DataFormatException {
        int k = nul(d, 0);
        if (k <= 0 || k + 3 > d.length) return null;
        boolean compressed = d[k + 1] != 0;
        int lang = nul(d, k + 3);
        int trans = lang < 0 ? -1 : nul(d, lang + 1);
        if (trans < 0) return null;
        int start = trans + 1;
        byte[] body = compressed ? inflate(d, start, d.length - start)
            : java.util.Arrays.copyOfRange(d, start, d.length);
        return new String[] {new String(d, 0, k, StandardCharsets.ISO_8859_1), new String(body, StandardCharsets.UTF_8)};
    }

    private static byte[] iccp(byte[] d) throws DataFormatException {
        int k = nul(d, 0);
        if (k <= 0 || k + 2 > d.length) return null;
        return inflate(d, k + 2, d.length - k - 2);
    }

    static byte[] inflate(byte[] d, int off, int len) throws DataFormatException {
        Inflater inf = new Inflater();
        try {
            inf.setInput(d, off, len);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) break;
                out.write(buf, 0, n);
                if (out.size() > MAX_INFLATED) throw new DataFormatException("inflated text too large");
            }
            return out.toByteArray();
        } finally {
            inf.end();
        }
    }
}
