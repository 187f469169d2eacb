package dev.patina.io;

import dev.patina.image.FloatImage;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes JPEG (including CMYK/YCCK and progressive), PNG, TIFF, WebP and BMP through ImageIO and the
 * TwelveMonkeys plugins into upright linear-light float RGB converted to sRGB primaries.
 * Every bad-input case ends as an {@link ImageFormatException} naming the file.
 */
public final class ImageDecoder {
    /** Default refusal threshold: 250 MP is about 3 GB of float RGB, more than the editor can hold. */
    public static final long DEFAULT_MAX_PIXELS = 250_000_000L;

    static {
        ImageIO.setUseCache(false); // no temp files: we always read from a seekable file
        ImageIO.scanForPlugins();
    }

    public DecodedImage decode(Path file) throws IOException {
        return decode(file, DEFAULT_MAX_PIXELS);
    }

    public DecodedImage decode(Path file, long maxPixels) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ImageFormatException(file, "file not found");
        }
        if (Files.isDirectory(file)) throw new ImageFormatException(file, "is a folder, not an image");
        if (size == 0) throw new ImageFormatException(file, "empty file, not an image");
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in, file);
            String format = canonical(reader.getOriginatingProvider() == null ? reader.getFormatName()
                : reader.getOriginatingProvider().getFormatNames()[0]);
            try {
                return read(file, in, reader, format, maxPixels);
            } finally {
                reader.dispose();
            }
        } catch (ImageFormatException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new ImageFormatException(file, "not enough memory to decode this image");
        } catch (IOException | RuntimeException e) {
            throw new ImageFormatException(file, describe(e, "image"), e);
        }
    }

    private static ImageReader readerFor(ImageInputStream in, Path file) throws IOException {
        Iterator<ImageReader> it = ImageIO.getImageReaders(in);
        if (!it.hasNext()) throw new ImageFormatException(file, "not an image (unknown or unsupported format)");
        return it.next();
    }

    private DecodedImage read(Path file, ImageInputStream in, ImageReader reader, String format, long maxPixels)
            throws IOException {
        List<String> warnings = new ArrayList<>();
        if (format.equals("WEBP")) {
            String cut = WebpChunks.truncation(in);
            if (cut != null) throw new ImageFormatException(file, "truncated WEBP data (" + cut + ")");
        }
        ScannedMetadata scanned = scanMetadata(in, format);
        in.seek(0);
        reader.setInput(in, true, true);
        reader.addIIOReadWarningListener((src, warning) -> warnings.add(warning));
        int w, h;
        try {
            w = reader.getWidth(0);
            h = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw new ImageFormatException(file, describe(e, format), e);
        }
        if (w <= 0 || h <= 0) throw new ImageFormatException(file, "zero-size image (" + w + "x" + h + ")");
        if ((long) w * h > maxPixels) {
            throw new ImageFormatException(file, String.format(Locale.ROOT,
                "image too large: %dx%d is %.1f MP, the limit is %.1f MP", w, h, w * (double) h / 1e6, maxPixels / 1e6));
        }
        DecodeBudget.check(file, format, w, h, rawBytesPerPixel(reader), in.length() < 0 ? Long.MAX_VALUE : in.length());
        BufferedImage img;
        try {
            ImageReadParam param = reader.getDefaultReadParam();
            img = reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            String problem = describe(e, format);
            if (format.equals("JPEG") && !problem.startsWith("truncated") && !endsWithEoi(in)) {
                // a cut-off file often fails on whatever segment the cut landed in; say what happened
                problem = "truncated JPEG data (" + problem.replaceFirst("^corrupt or unsupported JPEG data \\(", "").replaceFirst("\\)$", "") + ")";
            }
            throw new ImageFormatException(file, problem, e);
        }
        for (String warning : warnings) {
            // libjpeg fills the missing part of a cut-off file with grey and only warns: that is damage
            String lw = warning.toLowerCase(Locale.ROOT);
            if (lw.contains("premature end") || lw.contains("truncated")) {
                throw new ImageFormatException(file, "truncated " + format + " data (" + warning + ")");
            }
        }
        SourceMetadata meta = scanned.metadata();
        int orientation = meta.orientation();
        // TwelveMonkeys applies JPEG, TIFF and WebP profiles itself; only the JDK PNG reader ignores iCCP
        ICC_Profile unapplied = format.equals("PNG") ? IccProfiles.parse(scanned.icc()) : null;
        FloatImage pixels = RasterConverter.toLinear(img, orientation, unapplied);
        int bits = img.getSampleModel().getSampleSize(0);
        return new DecodedImage(pixels, meta, format, bits, pixels.width(), pixels.height());
    }

    /** Raw bytes per pixel of the reader's first image type (4 when it cannot tell: RGBA bytes). */
    private static double rawBytesPerPixel(ImageReader reader) {
        try {
            javax.imageio.ImageTypeSpecifier type = reader.getRawImageType(0);
            if (type == null) return 4;
            java.awt.image.SampleModel sm = type.getSampleModel(1, 1);
            double bits = 0;
            for (int b = 0; b < sm.getNumBands(); b++) bits += sm.getSampleSize(b);
            return Math.max(1 / 8.0, bits / 8);
        } catch (IOException | RuntimeException e) {
            return 4;
        }
    }

    /** True when the stream ends with the JPEG EOI marker (FF D9), allowing a little padding. */
    private static boolean endsWithEoi(ImageInputStream in) {
        try {
            long len = in.length();
            if (len < 4) return false;
            byte[] tail = new byte[(int) Math.min(len, 64)];
            in.seek(len - tail.length);
            in.readFully(tail);
            for (int i = tail.length - 2; i >= 0; i--) {
                if ((tail[i] & 0xff) == 0xFF && (tail[i + 1] & 0xff) == 0xD9) return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static ScannedMetadata scanMetadata(ImageInputStream in, String format) {
        try {
            return switch (format) {
                case "JPEG" -> JpegSegments.scan(in);
                case "PNG" -> PngChunks.scan(in);
                case "WEBP" -> WebpChunks.scan(in);
                case "TIFF" -> TiffTags.scan(in);
                default -> ScannedMetadata.NONE;
            };
        } catch (IOException | RuntimeException e) {
            return ScannedMetadata.NONE; // metadata is a bonus: the pixels decide whether the file is usable
        }
    }

    static String canonical(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "jpeg", "jpg", "jpeg-lossless", "jpeg-ls" -> "JPEG";
            case "tif", "tiff" -> "TIFF";
            case "png" -> "PNG";
            case "webp" -> "WEBP";
            case "bmp" -> "BMP";
            default -> n.toUpperCase(Locale.ROOT);
        };
    }

    /** One line for a codec failure: truncation is told apart from other corruption. */
    static String describe(Throwable e, String format) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException) return "truncated " + format + " data (unexpected end of file)";
        }
        String msg = e.getMessage();
        for (Throwable t = e.getCause(); (msg == null || msg.isBlank()) && t != null; t = t.getCause()) msg = t.getMessage();
        if (msg == null || msg.isBlank()) msg = e.getClass().getSimpleName();
        String lm = msg.toLowerCase(Locale.ROOT);
        if (lm.contains("premature end") || lm.contains("unexpected end") || lm.contains("truncat")) {
            return "truncated " + format + " data (" + msg + ")";
        }
        // TwelveMonkeys' TIFF reader keeps an EOFException as the value of a tag cut off at the
        // file's end and fails casting it later; and finds no image when the directory is cut.
        if (msg.contains("EOFException")) return "truncated " + format + " data (a tag's value runs past the end of the file)";
        if (lm.contains("index >= numimages")) return "truncated or corrupt " + format + " data (no image directory could be read)";
        if (e instanceof IllegalArgumentException && lm.contains("unsupported")) return "unsupported " + format + " variant (" + msg + ")";
        return "corrupt or unsupported " + format + " data (" + msg + ")";
    }
}
