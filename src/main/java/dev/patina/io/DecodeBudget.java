package dev.patina.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What a decoder may allocate, checked from the header before it allocates anything: the pixels a
 * file's header claims must be ones its bytes can hold (each format has a largest compression
 * ratio: deflate's is 1032:1), and the decoded raster plus its float copy must fit in the heap that
 * is free. A 69-byte PNG that claims 2 GB of pixels is refused as truncated, not allocated; a
 * valid image too big for this heap is refused in one line instead of running out of memory.
 */
final class DecodeBudget {
    private DecodeBudget() {}

    /** Bytes per pixel of the float RGB image a decode ends in. */
    static final int FLOAT_BYTES_PER_PIXEL = 12;

    /**
     * Largest raw bytes a format's compressed bytes can expand to, per byte of file. PNG: 1032
     * (deflate's limit). TIFF: an LZW code of 9-12 bits emits at most 4096 bytes, deflate 1032,
     * PackBits 64 (bilevel fax pages compress further and are not bounded here). JPEG: even a
     * progressive DC scan spends a bit per 8x8 block and component, 512 raw bytes per byte, doubled
     * for 4:2:0's shared chroma. Lossless WebP (a one-symbol Huffman code costs no bits per pixel)
     * and BMP (RLE jumps skip any area) have no bound.
     */
    static double maxExpansion(String format, double bytesPerPixel) {
        return switch (format) {
            case "PNG" -> 1032;
            case "TIFF" -> bytesPerPixel < 1 ? Double.POSITIVE_INFINITY : 4096 * 8 / 9.0;
            case "JPEG" -> 1024;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /**
     * Refuses a decode of w x h pixels with {@code bytesPerPixel} raw bytes each from a file of
     * {@code fileBytes}, when the file cannot hold them or this heap cannot.
     */
    static void check(Path file, String format, int w, int h, double bytesPerPixel, long fileBytes) throws ImageFormatException {
        double needed = (double) w * h * (bytesPerPixel + FLOAT_BYTES_PER_PIXEL);
        long free = freeHeap();
        // Garbage counts as used until it is collected: look again after a collection before refusing.
        if (needed > free) {
            System.gc();
            free = freeHeap();
        }
        check(file, format, w, h, bytesPerPixel, fileBytes, free);
    }

    static void check(Path file, String format, int w, int h, double bytesPerPixel, long fileBytes, long free) throws ImageFormatException {
        double raw = (double) w * h * bytesPerPixel;
        if (raw > fileBytes * maxExpansion(format, bytesPerPixel)) {
            throw new ImageFormatException(file, String.format(Locale.ROOT,
                "truncated or corrupt %s: its %d bytes cannot hold the %dx%d image its header claims", format, fileBytes, w, h));
        }
        double needed = raw + (double) w * h * FLOAT_BYTES_PER_PIXEL;
        if (needed > free) {
            throw new ImageFormatException(file, String.format(Locale.ROOT,
                "not enough memory to decode %dx%d: it needs %d MB, %d MB are free (give Java more with -Xmx)",
                w, h, (long) (needed / (1 << 20)), free >> 20));
        }
    }

    /** Heap this process can still allocate. */
    static long freeHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }
}
