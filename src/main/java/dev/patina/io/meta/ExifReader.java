package dev.patina.io.meta;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the few EXIF (TIFF) tags that carry generation text: UserComment (A1111, Civitai,
 * SwarmUI, NovelAI WebP, ComfyUI SaveImagePlus), ImageDescription, Make and Model (ComfyUI WebP
 * puts its graphs there), Software. Offsets are checked against the blob; IFD loops are cut.
 */
final class ExifReader {
    private static final int IMAGE_DESCRIPTION = 0x010E, MAKE = 0x010F, MODEL = 0x0110, SOFTWARE = 0x0131;
    private static final int EXIF_IFD = 0x8769, USER_COMMENT = 0x9286;
    private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};

    private final byte[] d;
    private final boolean bigEndian;
    private final String carrier;
    private final RawMetadata out;
    private final Set<Long> visited = new HashSet<>();

    private ExifReader(byte[] d, boolean bigEndian, String carrier, RawMetadata out) {
        this.d = d;
        this.bigEndian = bigEndian;
        this.carrier = carrier;
        this.out = out;
    }

    /** Reads a TIFF-structured EXIF blob (an optional "Exif\0\0" prefix is skipped). */
    static void read(byte[] blob, String carrier, RawMetadata out) {
        byte[] d = Bytes.startsWith(blob, 0, EXIF_HEADER) ? java.util.Arrays.copyOfRange(blob, 6, blob.length) : blob;
        if (d.length < 8 || !((d[0] == 'I' && d[1] == 'I') || (d[0] == 'M' && d[1] == 'M'))) {
            out.problem(carrier + ": EXIF block has no TIFF header (corrupt)");
            return;
        }
        ExifReader r = new ExifReader(d, d[0] == 'M', carrier, out);
        r.readIfd(r.u32(4), true);
    }

    private long u32(int p) {
        return bigEndian ? Bytes.u32be(d, p) : Bytes.u32le(d, p);
    }

    private int u16(int p) {
        return bigEndian ? Bytes.u16be(d, p) : ((d[p + 1] & 0xff) << 8) | (d[p] & 0xff);
    }

    private void readIfd(long offset, boolean first) {
        if (offset <= 0 || offset + 2 > d.length || !visited.add(offset)) {
            if (offset + 2 > d.length) out.problem(carrier + ": EXIF directory offset " + offset + " is outside the block");
            return;
        }
        int p = (int) offset;
        int count = u16(p);
        for (int i = 0; i < count; i++) {
            int e = p + 2 + 12 * i;
            if (e + 12 > d.length) {
                out.problem(carrier + ": EXIF directory is truncated");
                return;
            }
            int tag = u16(e);
            int type = u16(e + 2);
            long n = u32(e + 4);
            switch (tag) {
                case IMAGE_DESCRIPTION, MAKE, MODEL, SOFTWARE -> out.add(name(tag), ascii(bytes(e, type, n)), carrier);
                case USER_COMMENT -> {
                    byte[] v = bytes(e, type, n);
                    if (v != null) out.add("UserComment", UserComment.decode(v, bigEndian), carrier);
                }
                case EXIF_IFD -> readIfd(u32(e + 8), false);
                default -> { }
            }
        }
    }

    private static String name(int tag) {
        return switch (tag) {
            case IMAGE_DESCRIPTION -> "ImageDescription";
            case MAKE -> "Make";
            case MODEL -> "Model";
            default -> "Software";
        };
    }

    /** The value bytes of a byte-sized tag (ASCII, BYTE, UNDEFINED), clamped to the block. */
    private byte[] bytes(int entry, int type, long count) {
        if (type != 1 && type != 2 && type != 7) return null;
        if (count <= 4) return java.util.Arrays.copyOfRange(d, entry + 8, entry + 8 + (int) count);
        long off = u32(entry + 8);
        if (off >= d.length) {
            out.problem(carrier + ": EXIF value offset " + off + " is outside the block");
            return null;
        }
        long end = off + count;
        if (end > d.length) {
            out.problem(carrier + ": EXIF value is truncated (" + (d.length - off) + " of " + count + " bytes)");
            end = d.length;
        }
        return java.util.Arrays.copyOfRange(d, (int) off, (int) end);
    }

    private static String ascii(byte[] v) {
        if (v == null) return null;
        int n = v.length;
        while (n > 0 && v[n - 1] == 0) n--;
        return PngChunkReader.latin1OrUtf8(v, 0, n);
    }

    /** EXIF UserComment: an 8-byte charset id ("ASCII", "UNICODE", "JIS", or zeros) then the text. */
    static final class UserComment {
        private UserComment() {}

        static String decode(byte[] v, boolean tiffBigEndian) {
            if (v.length >= 8 && Bytes.startsWith(v, 0, "UNICODE\0".getBytes(StandardCharsets.ISO_8859_1))) {
                return stripNul(utf16(v, 8, tiffBigEndian));
            }
            if (v.length >= 8 && (Bytes.startsWith(v, 0, "ASCII\0\0\0".getBytes(StandardCharsets.ISO_8859_1))
                    || isAllZero(v, 0, 8))) {
                return stripNul(PngChunkReader.latin1OrUtf8(v, 8, v.length - 8));
            }
            if (v.length >= 8 && Bytes.startsWith(v, 0, "JIS\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1))) {
                return stripNul(new String(v, 8, v.length - 8, java.nio.charset.Charset.forName("Shift_JIS")));
            }
            // no charset id: some tools (ComfyUI SaveImagePlus) write plain UTF-8
            return stripNul(PngChunkReader.latin1OrUtf8(v, 0, v.length));
        }

        /**
         * UTF-16 in either byte order: writers disagree (A1111 uses big-endian whatever the TIFF
         * order, SwarmUI little-endian). Text is mostly ASCII, so the half of the bytes that is
         * zero tells the order.
         */
        private static String utf16(byte[] v, int off, boolean fallbackBigEndian) {
            int evenZero = 0, oddZero = 0;
            for (int i = off; i + 1 < v.length && i < off + 400; i += 2) {
                if (v[i] == 0) evenZero++;
                if (v[i + 1] == 0) oddZero++;
            }
            boolean be = evenZero != oddZero ? evenZero > oddZero : fallbackBigEndian;
            int len = (v.length - off) & ~1;
            return new String(v, off, len, be ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        }

        private static boolean isAllZero(byte[] v, int from, int to) {
            for (int i = from; i < to; i++) if (v[i] != 0) return false;
            return true;
        }

        private static String stripNul(String s) {
            int e = s.length();
            while (e > 0 && (s.charAt(e - 1) == 0)) e--;
            return s.substring(0, e);
        }
    }
}
