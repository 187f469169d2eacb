package dev.patina.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a baseline little-endian RGB TIFF (8 or 16 bits, chunky, strips) with the horizontal
 * predictor for LZW and Deflate. Our own writer rather than ImageIO's: TwelveMonkeys refuses 16-bit
 * RGB, and the JDK's writer was slow (15 s for 24 MP 16-bit LZW here) and skipped the predictor for
 * 16 bits, so its LZW files were larger than uncompressed ones. Strips are compressed in parallel.
 * Tags: the sRGB ICC profile (34675), Orientation 1, resolution 72 dpi, the descriptive text tags
 * (UTF-8, as ExifTool writes them), XMP (700), and the source's Exif and GPS sub-IFDs (the Exif IFD
 * carries the prompt as UserComment, as in JPEG exports).
 */
final class TiffEncoder {
    private static final int STRIP_BYTES = 1 << 18;
    private static final short SHORT = 3, LONG = 4, RATIONAL = 5, ASCII = 2, BYTE = 1, UNDEFINED = 7;

    private TiffEncoder() {}

    /**
     * @param samples interleaved RGB samples, byte[] (8 bits) or short[] (16 bits), row-major
     * @param asciiTags IFD0 text tags, tag number to text (null or empty values are skipped)
     */
    static void encode(Object samples, int w, int h, ExportOptions o, Map<Integer, String> asciiTags, String xmp,
                       List<Entry> subIfdPointers, OutputStream os, BooleanSupplier cancelled) throws IOException {
        int bits = samples instanceof short[] ? 16 : 8;
        int bytesPerRow = w * 3 * (bits / 8);
        int rowsPerStrip = Math.max(1, Math.min(h, STRIP_BYTES / Math.max(1, bytesPerRow)));
        int strips = (h + rowsPerStrip - 1) / rowsPerStrip;
        byte[][] data = new byte[strips][];
        IntStream.range(0, strips).parallel().forEach(s -> {
            if (cancelled.getAsBoolean()) return;
            int y0 = s * rowsPerStrip, rows = Math.min(rowsPerStrip, h - y0);
            data[s] = compress(raw(samples, w, y0, rows, bits, o.tiffCompression() != ExportOptions.TiffCompression.NONE), o.tiffCompression());
        });
        if (cancelled.getAsBoolean()) throw new CancellationException("export cancelled");

        TreeMap<Integer, Field> tags = new TreeMap<>();
        tags.put(256, Field.longs(w));
        tags.put(257, Field.longs(h));
        tags.put(258, Field.shorts(bits, bits, bits));
        tags.put(259, Field.shorts(switch (o.tiffCompression()) { case NONE -> 1; case LZW -> 5; case DEFLATE -> 8; }));
        tags.put(262, Field.shorts(2));
        tags.put(274, Field.shorts(1));
        tags.put(277, Field.shorts(3));
        tags.put(278, Field.longs(rowsPerStrip));
        tags.put(282, new Field(RATIONAL, 1, le(8).putInt(72).putInt(1).array()));
        tags.put(283, new Field(RATIONAL, 1, le(8).putInt(72).putInt(1).array()));
        tags.put(284, Field.shorts(1));
        tags.put(296, Field.shorts(2));
        if (o.tiffCompression() != ExportOptions.TiffCompression.NONE) tags.put(317, Field.shorts(2));
        for (Map.Entry<Integer, String> e : asciiTags.entrySet()) {
            if (e.getValue() == null || e.getValue().isEmpty()) continue;
            byte[] b = (e.getValue() + "\0").getBytes(StandardCharsets.UTF_8);
            tags.put(e.getKey(), new Field(ASCII, b.length, b));
        }
        if (xmp != null && !xmp.isEmpty()) {
            byte[] x = xmp.getBytes(StandardCharsets.UTF_8);
            tags.put(700, new Field(BYTE, x.length, x));
        }
        byte[] icc = IccProfiles.srgb();
        tags.put(34675, new Field(UNDEFINED, icc.length, icc));
        long[] counts = new long[strips];
        for (int s = 0; s < strips; s++) counts[s] = data[s].length;
        tags.put(273, Field.longs(new long[strips])); // placeholder, same size as the final offsets
        tags.put(279, Field.longs(counts));
        for (Entry e : subIfdPointers) tags.put(((Number) e.getIdentifier()).intValue(), Field.longs(0)); // placeholders

        // layout: header, IFD, out-of-line values, EXIF/GPS sub-IFDs, strip data
        long ifdSize = 2 + 12L * tags.size() + 4;
        long pos = 8 + ifdSize;
        for (Field f : tags.values()) if (f.data.length > 4) pos += f.data.length + (f.data.length & 1);
        byte[] subIfds = new byte[0];
        if (!subIfdPointers.isEmpty()) {
            subIfds = subIfds(subIfdPointers, pos, tags);
            pos += subIfds.length;
        }
        long[] offsets = new long[strips];
        for (int s = 0; s < strips; s++) { offsets[s] = pos; pos += data[s].length; }
        if (pos > 0xFFFFFFFFL) throw new IOException("image too large for a classic TIFF (over 4 GB)");
        tags.put(273, Field.longs(offsets));

        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(le(8).put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).array());
        ByteBuffer ifd = le((int) ifdSize);
        ifd.putShort((short) tags.size());
        List<byte[]> blobs = new ArrayList<>();
        long valuePos = 8 + ifdSize;
        for (Map.Entry<Integer, Field> e : tags.entrySet()) {
            Field f = e.getValue();
            ifd.putShort((short) (int) e.getKey()).putShort(f.type).putInt(f.count);
            if (f.data.length <= 4) {
                ifd.put(java.util.Arrays.copyOf(f.data, 4));
            } else {
                ifd.putInt((int) valuePos);
                blobs.add(f.data);
                valuePos += f.data.length + (f.data.length & 1);
            }
        }
        ifd.putInt(0); // no further IFD
        head.writeBytes(ifd.array());
        for (byte[] b : blobs) {
            head.writeBytes(b);
            if ((b.length & 1) == 1) head.write(0); // values start on word boundaries
        }
        head.writeBytes(subIfds);
        os.write(head.toByteArray());
        for (byte[] d : data) {
            if (cancelled.getAsBoolean()) throw new CancellationException("export cancelled");
            os.write(d);
        }
    }

    /**
     * The Exif and GPS sub-IFDs as TwelveMonkeys writes them at absolute file position {@code pos}
     * (its writer places values before the directory and uses absolute offsets). They are written
     * under a throwaway wrapper directory, whose pointer values are copied into {@code tags}.
     */
    private static byte[] subIfds(List<Entry> pointers, long pos, Map<Integer, Field> tags) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long wrapper;
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            out.setByteOrder(ByteOrder.LITTLE_ENDIAN);
            for (long i = 0; i < pos; i++) out.write(0);
            wrapper = new TIFFWriter().writeIFD(pointers, out);
            if ((out.getStreamPosition() & 1) == 1) out.write(0);
        }
        byte[] all = bytes.toByteArray();
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        int n = b.getShort((int) wrapper) & 0xffff;
        for (int i = 0; i < n; i++) {
            int at = (int) wrapper + 2 + 12 * i;
            tags.put(b.getShort(at) & 0xffff, Field.longs(b.getInt(at + 8) & 0xffffffffL));
        }
        return java.util.Arrays.copyOfRange(all, (int) pos, all.length);
    }

    /** Little-endian bytes of rows [y0, y0+rows), horizontally differenced when predict. */
    private static byte[] raw(Object samples, int w, int y0, int rows, int bits, boolean predict) {
        int n = w * 3 * rows;
        if (bits == 8) {
            byte[] src = (byte[]) samples;
            byte[] out = java.util.Arrays.copyOfRange(src, y0 * w * 3, y0 * w * 3 + n);
            if (predict) {
                for (int r = 0; r < rows; r++) {
                    int base = r * w * 3;
                    for (int i = base + w * 3 - 1; i >= base + 3; i--) out[i] -= out[i - 3];
                }
            }
            return out;
        }
        short[] src = (short[]) samples;
        byte[] out = new byte[n * 2];
        int start = y0 * w * 3;
        for (int r = 0; r < rows; r++) {
            int base = r * w * 3;
            for (int i = 0; i < w * 3; i++) {
                int v = src[start + base + i];
                if (predict && i >= 3) v -= src[start + base + i - 3];
                int o = (base + i) * 2;
                out[o] = (byte) v;
                out[o + 1] = (byte) (v >> 8);
            }
        }
        return out;
    }

    private static byte[] compress(byte[] raw, ExportOptions.TiffCompression c) {
        switch (c) {
            case LZW:
                return TiffLzw.encode(raw, 0, raw.length);
            case DEFLATE: {
                Deflater d = new Deflater(6);
                try {
                    d.setInput(raw);
                    d.finish();
                    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
                    byte[] buf = new byte[65536];
                    while (!d.finished()) out.write(buf, 0, d.deflate(buf));
                    return out.toByteArray();
                } finally {
                    d.end();
                }
            }
            default:
                return raw;
        }
    }

    private static ByteBuffer le(int n) { return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN); }

    /** One IFD entry's type, count and little-endian value bytes. */
    private record Field(short type, int count, byte[] data) {
        static Field shorts(int... v) {
            ByteBuffer b = le(v.length * 2);
            for (int x : v) b.putShort((short) x);
            return new Field(SHORT, v.length, b.array());
        }

        static Field longs(long... v) {
            ByteBuffer b = le(v.length * 4);
            for (long x : v) b.putInt((int) x);
            return new Field(LONG, v.length, b.array());
        }
    }
}
