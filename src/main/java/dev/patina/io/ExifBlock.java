package dev.patina.io;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.IFD;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Reads and rewrites raw EXIF (a TIFF-structured block, without the JPEG "Exif\0\0" prefix). The
 * TIFF structure itself is parsed and written by TwelveMonkeys' metadata module, which relocates
 * the sub-IFDs (Exif, GPS, Interop) when the block is written back.
 */
final class ExifBlock {
    static final int TAG_USER_COMMENT = 0x9286;
    static final int TAG_PIXEL_X = 0xA002;
    static final int TAG_PIXEL_Y = 0xA003;
    private static final int TAG_IMAGE_WIDTH = 0x100;
    private static final int TAG_IMAGE_LENGTH = 0x101;
    /** Eight-byte character-code prefixes of UserComment (EXIF 2.3, table 9). */
    private static final int TAG_EXIF_VERSION = 0x9000, TAG_COLOR_SPACE = 0xA001;
    private static final byte[] ASCII_CODE = "ASCII\0\0\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UNICODE_CODE = "UNICODE\0".getBytes(StandardCharsets.US_ASCII);

    private ExifBlock() {}

    /** IFD0 of the block, or null when the block is not valid TIFF. */
    static Directory ifd0(byte[] exif) {
        if (exif == null || exif.length < 8) return null;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new java.io.ByteArrayInputStream(exif))) {
            Directory d = new TIFFReader().read(in);
            if (d instanceof CompoundDirectory c) return c.directoryCount() > 0 ? c.getDirectory(0) : null;
            return d;
        } catch (IOException | RuntimeException e) {
            return null; // broken EXIF must never stop an image from opening
        }
    }

    static ByteOrder byteOrder(byte[] exif) {
        return exif != null && exif.length > 1 && exif[0] == 'I' && exif[1] == 'I'
            ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    /** EXIF orientation 1..8; 1 when absent or out of range. */
    static int orientation(byte[] exif) {
        Directory d = ifd0(exif);
        Entry e = d == null ? null : d.getEntryById(TIFF.TAG_ORIENTATION);
        if (e == null || !(first(e.getValue()) instanceof Number n)) return 1;
        int v = n.intValue();
        return v >= 1 && v <= 8 ? v : 1;
    }

    static String imageDescription(byte[] exif) {
        Directory d = ifd0(exif);
        Entry e = d == null ? null : d.getEntryById(TIFF.TAG_IMAGE_DESCRIPTION);
        return e == null ? null : e.getValueAsString();
    }

    /** An ASCII tag of IFD0 as text, or null. */
    static String asciiTag(byte[] exif, int tag) {
        Directory d = ifd0(exif);
        Entry e = d == null ? null : d.getEntryById(tag);
        return e == null || !(e.getValue() instanceof String s) ? null : s.strip();
    }

    /**
     * The UserComment as text. Looked for in the Exif sub-IFD (where EXIF puts it) and then in IFD0
     * (ComfyUI SaveImagePlus writes it there as ASCII).
     */
    static String userComment(byte[] exif) {
        Directory ifd0 = ifd0(exif);
        Directory exifIfd = subIfd(ifd0, TIFF.TAG_EXIF_IFD);
        Entry e = exifIfd == null ? null : exifIfd.getEntryById(TAG_USER_COMMENT);
        if (e == null && ifd0 != null) e = ifd0.getEntryById(TAG_USER_COMMENT);
        if (e == null) return null;
        if (e.getValue() instanceof byte[] raw) return decodeUserComment(raw, byteOrder(exif));
        if (e.getValue() instanceof String text) {
            String t = text.startsWith("ASCII") || text.startsWith("UNICODE") ? text.substring(Math.min(8, text.length())) : text;
            t = t.replaceAll("[\\u0000\\s]+$", "");
            return t.isEmpty() ? null : t;
        }
        return null;
    }

    static String decodeUserComment(byte[] raw, ByteOrder order) {
        if (raw.length < 8) return null;
        byte[] code = Arrays.copyOf(raw, 8);
        byte[] body = Arrays.copyOfRange(raw, 8, raw.length);
        String s;
        if (Arrays.equals(code, UNICODE_CODE)) {
            // The EXIF byte order should decide, but piexif-based tools (Civitai, ComfyUI savers) write
            // UTF-16BE into little-endian blocks: a BOM wins, then where the zero bytes of mostly-Latin
            // text sit, then the block order.
            boolean le = order == ByteOrder.LITTLE_ENDIAN;
            int zerosEven = 0, zerosOdd = 0;
            for (int i = 0; i + 1 < body.length; i += 2) {
                if (body[i] == 0) zerosEven++;
                if (body[i + 1] == 0) zerosOdd++;
            }
            if (zerosEven > zerosOdd) le = false;
            else if (zerosOdd > zerosEven) le = true;
            if (body.length >= 2 && (body[0] & 0xff) == 0xFE && (body[1] & 0xff) == 0xFF) le = false;
            else if (body.length >= 2 && (body[0] & 0xff) == 0xFF && (body[1] & 0xff) == 0xFE) le = true;
            s = new String(body, le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        } else {
            s = new String(body, StandardCharsets.UTF_8);
        }
        s = s.replaceAll("[\\u0000\\s]+$", "");
        return s.isEmpty() ? null : s;
    }

    /** UserComment bytes: ASCII when possible, else UTF-16 in the given block byte order. */
    static byte[] encodeUserComment(String text, ByteOrder order) {
        boolean ascii = text.chars().allMatch(c -> c < 128);
        byte[] body = ascii ? text.getBytes(StandardCharsets.US_ASCII)
            : text.getBytes(order == ByteOrder.LITTLE_ENDIAN ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        byte[] out = Arrays.copyOf(ascii ? ASCII_CODE : UNICODE_CODE, 8 + body.length);
        System.arraycopy(body, 0, out, 8, body.length);
        return out;
    }

    /** Tags of IFD0 that generators abuse for prompt text (ComfyUI WebP: Make "workflow:", Model "prompt:"). */
    private static final java.util.Set<Integer> TEXT_TAGS = java.util.Set.of(TIFF.TAG_IMAGE_DESCRIPTION, 0x010F, 0x0110);

    /** True when ImageDescription, Make, Model or UserComment holds generator text. */
    static boolean hasGeneratedText(byte[] exif) {
        Directory d = ifd0(exif);
        if (d == null) return false;
        for (Entry e : d) {
            if (TEXT_TAGS.contains(tag(e)) && GenerationText.looksGenerated(e.getValueAsString())) return true;
        }
        return GenerationText.looksGenerated(userComment(exif));
    }

    /** The block without generator text in ImageDescription, Make, Model and UserComment. */
    static byte[] withoutGeneratedText(byte[] exif) {
        if (!hasGeneratedText(exif)) return exif;
        try {
            return rebuild(exif,
                e -> (TEXT_TAGS.contains(tag(e)) && GenerationText.looksGenerated(e.getValueAsString()))
                    || (tag(e) == TAG_USER_COMMENT && GenerationText.looksGenerated(userComment(exif))) ? null : e,
                e -> tag(e) == TAG_USER_COMMENT ? recodedComment(e, ByteOrder.LITTLE_ENDIAN, true) : e, null);
        } catch (IOException e) {
            return null; // cannot rewrite it safely: dropping all EXIF is the privacy-safe choice
        }
    }

    /**
     * A new block for an exported file: IFD0 and its sub-IFDs only (the thumbnail IFD1 is dropped:
     * it shows the unedited picture), Orientation 1 because the pixels were already turned, pixel
     * dimensions updated where present, UserComment replaced by {@code userComment} (removed when
     * null) and ImageDescription removed when {@code dropDescription}. Null when there is nothing.
     */
    static byte[] rewrite(byte[] exif, int width, int height, String userComment, boolean dropDescription)
            throws IOException {
        Entry comment = userComment == null || userComment.isEmpty() ? null
            : new TIFFEntry(TAG_USER_COMMENT, TIFF.TYPE_UNDEFINED, encodeUserComment(userComment, ByteOrder.LITTLE_ENDIAN));
        return rebuild(exif, e -> switch (tag(e)) {
                case TIFF.TAG_ORIENTATION -> new TIFFEntry(TIFF.TAG_ORIENTATION, TIFF.TYPE_SHORT, 1);
                case TIFF.TAG_IMAGE_DESCRIPTION -> dropDescription ? null : e;
                case TAG_USER_COMMENT -> null; // misplaced in IFD0 by some tools; the new one goes to the Exif IFD
                case TAG_IMAGE_WIDTH -> new TIFFEntry(TAG_IMAGE_WIDTH, TIFF.TYPE_LONG, (long) width);
                case TAG_IMAGE_LENGTH -> new TIFFEntry(TAG_IMAGE_LENGTH, TIFF.TYPE_LONG, (long) height);
                default -> e;
            }, e -> switch (tag(e)) {
                case TAG_USER_COMMENT -> null;
                case TAG_PIXEL_X -> new TIFFEntry(TAG_PIXEL_X, TIFF.TYPE_LONG, (long) width);
                case TAG_PIXEL_Y -> new TIFFEntry(TAG_PIXEL_Y, TIFF.TYPE_LONG, (long) height);
                default -> e;
            }, comment);
    }

    /**
     * Writes IFD0 (entries mapped by {@code top}, null drops) with its Exif sub-IFD (mapped by
     * {@code sub}, plus {@code extraSub}) as a little-endian block; null when nothing is left.
     */
    private static byte[] rebuild(byte[] exif, java.util.function.UnaryOperator<Entry> top,
            java.util.function.UnaryOperator<Entry> sub, Entry extraSub) throws IOException {
        Directory src = ifd0(exif);
        ByteOrder order = byteOrder(exif);
        List<Entry> topOut = new ArrayList<>();
        List<Entry> subOut = new ArrayList<>();
        boolean hasOrientation = false;
        if (src != null) {
            for (Entry e : src) {
                if (tag(e) == TIFF.TAG_EXIF_IFD) {
                    if (e.getValue() instanceof Directory d) {
                        for (Entry s : d) {
                            // UNICODE comments depend on the block byte order, which changes to LE here.
                            Entry m = sub.apply(tag(s) == TAG_USER_COMMENT ? recodedComment(s, order, false) : s);
                            if (m != null) subOut.add(m);
                        }
                    }
                    continue;
                }
                Entry m = top.apply(e);
                if (m != null) {
                    topOut.add(m);
                    hasOrientation |= tag(m) == TIFF.TAG_ORIENTATION;
                }
            }
        }
        if (extraSub != null) subOut.add(extraSub);
        if (topOut.isEmpty() && subOut.isEmpty()) return null;
        // An Exif IFD must carry ExifVersion, and an exported file is sRGB (its profile is embedded).
        if (subOut.stream().noneMatch(e -> tag(e) == TAG_EXIF_VERSION)) {
            subOut.add(new TIFFEntry(TAG_EXIF_VERSION, TIFF.TYPE_UNDEFINED, "0232".getBytes(StandardCharsets.US_ASCII)));
        }
        subOut.removeIf(e -> tag(e) == TAG_COLOR_SPACE);
        subOut.add(new TIFFEntry(TAG_COLOR_SPACE, TIFF.TYPE_SHORT, 1));
        subOut.sort(java.util.Comparator.comparingInt(ExifBlock::tag));
        if (!hasOrientation) {
            // absent means 1 too, but an explicit 1 leaves no reader guessing
            topOut.add(new TIFFEntry(TIFF.TAG_ORIENTATION, TIFF.TYPE_SHORT, 1));
        }
        if (!subOut.isEmpty()) topOut.add(new TIFFEntry(TIFF.TAG_EXIF_IFD, TIFF.TYPE_LONG, new IFD(subOut)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            out.setByteOrder(ByteOrder.LITTLE_ENDIAN);
            new TIFFWriter().write(new IFD(topOut), out);
        }
        return bytes.toByteArray();
    }

    /** The UserComment entry re-coded for a little-endian block; null when dropGenerated and it is generator text. */
    private static Entry recodedComment(Entry e, ByteOrder srcOrder, boolean dropGenerated) {
        if (!(e.getValue() instanceof byte[] raw)) return e;
        String text = decodeUserComment(raw, srcOrder);
        if (text == null) return e;
        if (dropGenerated && GenerationText.looksGenerated(text)) return null;
        if (dropGenerated) return e; // already re-coded on the way in
        return new TIFFEntry(TAG_USER_COMMENT, TIFF.TYPE_UNDEFINED, encodeUserComment(text, ByteOrder.LITTLE_ENDIAN));
    }

    /** The Exif and GPS sub-IFD pointer entries of IFD0 (values are Directories), for re-writing into a TIFF. */
    static List<Entry> subIfdPointers(byte[] exif) {
        Directory d = ifd0(exif);
        List<Entry> out = new ArrayList<>();
        if (d == null) return out;
        for (Entry e : d) {
            if ((tag(e) == TIFF.TAG_EXIF_IFD || tag(e) == TIFF.TAG_GPS_IFD) && e.getValue() instanceof Directory) out.add(e);
        }
        return out;
    }

    static Directory subIfd(Directory d, int tag) {
        Entry e = d == null ? null : d.getEntryById(tag);
        return e != null && e.getValue() instanceof Directory sub ? sub : null;
    }

    private static int tag(Entry e) {
        return e.getIdentifier() instanceof Number n ? n.intValue() : -1;
    }

    private static Object first(Object v) {
        if (v instanceof Object[] a) return a.length > 0 ? a[0] : null;
        if (v instanceof short[] a) return a.length > 0 ? a[0] : null;
        if (v instanceof int[] a) return a.length > 0 ? a[0] : null;
        if (v instanceof long[] a) return a.length > 0 ? a[0] : null;
        return v;
    }
}
