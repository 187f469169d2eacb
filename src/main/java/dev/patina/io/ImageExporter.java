package dev.patina.io;

import dev.patina.image.FloatImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Writes a finished picture as JPEG or TIFF: sRGB-encoded (8-bit dithered or 16-bit rounded), the
 * sRGB ICC profile embedded, the source EXIF carried over with Orientation 1 and the new pixel
 * size, the generation prompt kept or stripped. The file appears atomically: a failure or a
 * cancellation leaves no file and never touches an existing one.
 */
public final class ImageExporter {
    /** Room for the UserComment in one 64 KB APP1 segment, next to the camera EXIF. */
    private static final int MAX_JPEG_COMMENT_CHARS = 24_000;
    private static final int MAX_SEGMENT_PAYLOAD = 65533;

    /** Refuses when {@code out} is (or links to) the source file: the original is never written. */
    public static void checkNotSource(Path source, Path out) throws ImageFormatException {
        if (source != null && AtomicFiles.sameFile(source, out)) {
            throw new ImageFormatException(out, "refusing to overwrite the original");
        }
    }

    /**
     * Refuses when {@code out} is a file the layers read (a film layer's HaldCLUT TIFF, a depth
     * map): the render would overwrite its own input.
     */
    public static void checkNotRead(java.util.List<dev.patina.doc.Layer> layers, dev.patina.ops.Resources resources, Path out)
            throws ImageFormatException {
        for (dev.patina.doc.Layer layer : layers) {
            for (dev.patina.doc.ParamSpec spec : layer.params().schema().specs()) {
                if (!(spec instanceof dev.patina.doc.ParamSpec.FileRef) || !(layer.params().get(spec.name()) instanceof String path) || path.isEmpty()) continue;
                var file = resources.fileOf(path);
                if (file.isPresent() && AtomicFiles.sameFile(file.get(), out)) {
                    throw new ImageFormatException(out, "is read by the render (" + spec.label() + " of " + layer.name() + "); refusing to overwrite it");
                }
            }
        }
    }

    /**
     * @param seed document seed: the dither noise is a pure function of (seed, x, y)
     * @param cancelled polled while encoding; when it turns true a CancellationException is thrown
     *                  and no file is left behind
     */
    public void export(FloatImage linear, Path out, ExportOptions o, SourceMetadata meta, long seed,
                       BooleanSupplier cancelled) throws IOException {
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        checkFormat(out, o);
        ExportRaster samples;
        try {
            boolean sixteen = o.format() == ExportOptions.Format.TIFF && o.tiffBits() == 16;
            samples = Quantizer.quantise(linear, sixteen ? 16 : 8, seed, stop);
        } catch (OutOfMemoryError e) {
            throw new ImageFormatException(out, "not enough memory to export " + linear.width() + "x" + linear.height());
        }
        export(samples, out, o, meta, stop);
    }

    /**
     * Writes samples already quantised (tile by tile as a render finished them, {@link ExportRaster})
     * to out, atomically, with the metadata as above.
     */
    public void export(ExportRaster samples, Path out, ExportOptions o, SourceMetadata meta, BooleanSupplier cancelled)
        throws IOException {
        checkFormat(out, o);
        SourceMetadata m = meta == null ? SourceMetadata.EMPTY : meta;
        if (o.stripPrompt()) m = m.withoutPrompt();
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        try {
            if (o.format() == ExportOptions.Format.JPEG) writeJpeg(samples, out, o, m, stop);
            else writeTiff(samples, out, o, m, stop);
        } catch (OutOfMemoryError e) {
            throw new ImageFormatException(out, "not enough memory to export " + samples.width() + "x" + samples.height());
        } catch (IllegalStateException e) {
            // ImageIO reports an aborted write this way: report it as the cancellation it was
            if (stop.getAsBoolean()) throw new CancellationException("export cancelled");
            throw e;
        }
        // no cancellation check after this point: the file is complete and in place, so a late
        // cancel must not report a failure for a file that exists
    }

    private static void checkFormat(Path out, ExportOptions o) throws ImageFormatException {
        if (ExportOptions.formatOf(out) != o.format()) {
            throw new ImageFormatException(out, "file extension does not match the export format " + o.format());
        }
    }

    private void writeJpeg(ExportRaster samples, Path out, ExportOptions o, SourceMetadata m,
                           BooleanSupplier stop) throws IOException {
        if (samples.bits() != 8) throw new IllegalArgumentException("a JPEG is written from 8-bit samples");
        byte[] encoded = JpegEncoder.encode(samples.image(), o, stop);
        checkCancelled(stop);
        List<byte[]> segments = new ArrayList<>();
        String comment = o.stripPrompt() ? m.userComment() : PromptCarrier.text(m, MAX_JPEG_COMMENT_CHARS);
        byte[] exif = exifFor(m, samples, comment);
        if (exif != null && exif.length + 6 > MAX_SEGMENT_PAYLOAD) exif = exifFor(m, samples, null); // camera EXIF first
        if (exif != null && exif.length + 6 <= MAX_SEGMENT_PAYLOAD) segments.add(JpegSplicer.segment(0xE1, JpegSegments.EXIF_ID, exif));
        if (m.xmp() != null) {
            byte[] x = m.xmp().getBytes(StandardCharsets.UTF_8);
            // larger packets need the extended-XMP scheme; they are rare outside Photoshop documents
            if (x.length + JpegSegments.XMP_ID.length <= MAX_SEGMENT_PAYLOAD) segments.add(JpegSplicer.segment(0xE1, JpegSegments.XMP_ID, x));
        }
        segments.add(JpegSplicer.segment(0xE2, JpegSegments.ICC_ID, new byte[] {1, 1}, IccProfiles.srgb()));
        if (m.comment() != null && !m.comment().isEmpty()) {
            byte[] c = m.comment().getBytes(StandardCharsets.UTF_8);
            if (c.length <= MAX_SEGMENT_PAYLOAD) segments.add(JpegSplicer.segment(0xFE, c));
        }
        byte[] file = JpegSplicer.insert(encoded, segments);
        AtomicFiles.write(out, os -> {
            checkCancelled(stop);
            os.write(file);
        });
    }

    private void writeTiff(ExportRaster samples, Path out, ExportOptions o, SourceMetadata m,
                           BooleanSupplier stop) throws IOException {
        BufferedImage img = samples.image();
        // the same EXIF as a JPEG export (prompt in UserComment), its IFD0 text as TIFF tags
        String comment = o.stripPrompt() ? m.userComment() : PromptCarrier.text(m, Integer.MAX_VALUE);
        byte[] exif = exifFor(m, samples, comment);
        Map<Integer, String> tags = new LinkedHashMap<>();
        for (int tag : new int[] {0x010E, 0x010F, 0x0110, 0x0131, 0x0132, 0x013B, 0x8298}) tags.put(tag, ExifBlock.asciiTag(exif, tag));
        List<com.twelvemonkeys.imageio.metadata.Entry> pointers = ExifBlock.subIfdPointers(exif);
        var buffer = img.getRaster().getDataBuffer();
        Object data = buffer instanceof java.awt.image.DataBufferUShort u ? u.getData() : ((java.awt.image.DataBufferByte) buffer).getData();
        AtomicFiles.write(out, os -> TiffEncoder.encode(data, img.getWidth(), img.getHeight(), o, tags, m.xmp(), pointers, os, stop));
    }

    /** Source EXIF rewritten for the export, or null. */
    private static byte[] exifFor(SourceMetadata m, ExportRaster img, String userComment) throws IOException {
        return ExifBlock.rewrite(m.exif(), img.width(), img.height(), userComment, false);
    }

    private static void checkCancelled(BooleanSupplier stop) {
        if (stop.getAsBoolean()) throw new CancellationException("export cancelled");
    }
}
