package dev.patina.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How to write an export.
 *
 * @param format JPEG or TIFF (see {@link #forPath} to take it from the file extension)
 * @param jpegQuality 1..100 on the IJG/libjpeg scale (what cjpeg, GIMP and ImageMagick mean by quality)
 * @param chroma JPEG chroma subsampling
 * @param progressive progressive JPEG
 * @param tiffBits 8 or 16 bits per sample
 * @param tiffCompression TIFF compression
 * @param stripPrompt leave generation prompts out (see {@link SourceMetadata#withoutPrompt()})
 */
public record ExportOptions(Format format, int jpegQuality, Chroma chroma, boolean progressive, int tiffBits,
                            TiffCompression tiffCompression, boolean stripPrompt) {

    public enum Format { JPEG, TIFF }

    /**
     * 4:2:0 is the default, as in libjpeg's cjpeg and ImageIO: the smallest files, and every decoder
     * handles it. 4:4:4 keeps fine colour edges (red text, saturated hair strands) and is worth it
     * at quality 90 and up; 4:2:2 is the middle ground some cameras use.
     */
    public enum Chroma { S420, S422, S444 }

    public enum TiffCompression { NONE, LZW, DEFLATE }

    public static final int DEFAULT_JPEG_QUALITY = 92;

    public ExportOptions {
        if (format == null) throw new IllegalArgumentException("format is required");
        if (jpegQuality < 1 || jpegQuality > 100) throw new IllegalArgumentException("JPEG quality must be 1..100: " + jpegQuality);
        if (tiffBits != 8 && tiffBits != 16) throw new IllegalArgumentException("TIFF bits must be 8 or 16: " + tiffBits);
        if (chroma == null) chroma = Chroma.S420;
        if (tiffCompression == null) tiffCompression = TiffCompression.LZW;
    }

    /** Defaults for the format named by the extension (.jpg/.jpeg or .tif/.tiff): q92, 4:2:0, baseline; 16-bit LZW. */
    public static ExportOptions forPath(Path out) throws ImageFormatException {
        return new ExportOptions(formatOf(out), DEFAULT_JPEG_QUALITY, Chroma.S420, false, 16, TiffCompression.LZW, false);
    }

    public static Format formatOf(Path out) throws ImageFormatException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) return Format.JPEG;
        if (name.endsWith(".tif") || name.endsWith(".tiff")) return Format.TIFF;
        throw new ImageFormatException(out, "unsupported export format (use .jpg, .jpeg, .tif or .tiff)");
    }

    public ExportOptions withJpegQuality(int q) { return new ExportOptions(format, q, chroma, progressive, tiffBits, tiffCompression, stripPrompt); }
    public ExportOptions withChroma(Chroma c) { return new ExportOptions(format, jpegQuality, c, progressive, tiffBits, tiffCompression, stripPrompt); }
    public ExportOptions withProgressive(boolean p) { return new ExportOptions(format, jpegQuality, chroma, p, tiffBits, tiffCompression, stripPrompt); }
    public ExportOptions withTiffBits(int b) { return new ExportOptions(format, jpegQuality, chroma, progressive, b, tiffCompression, stripPrompt); }
    public ExportOptions withTiffCompression(TiffCompression c) { return new ExportOptions(format, jpegQuality, chroma, progressive, tiffBits, c, stripPrompt); }
    public ExportOptions withStripPrompt(boolean s) { return new ExportOptions(format, jpegQuality, chroma, progressive, tiffBits, tiffCompression, s); }
}
