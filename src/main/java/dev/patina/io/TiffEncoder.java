package dev.patina.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes 8- or 16-bit RGB TIFF with the JDK's own TIFF writer: TwelveMonkeys' writer refuses 16-bit
 * RGB. Tags: the sRGB ICC profile (34675), Orientation 1, the descriptive EXIF text tags of IFD0
 * (ImageDescription carries the prompt), and XMP (700).
 */
final class TiffEncoder {
    private static final TIFFTag XMP = new TIFFTag("XMP", 700, 1 << TIFFTag.TIFF_BYTE | 1 << TIFFTag.TIFF_UNDEFINED);

    private TiffEncoder() {}

    /** @param asciiTags IFD0 text tags (tag number to text); written as UTF-8 bytes, as ExifTool does */
    static void encode(BufferedImage img, ExportOptions o, Map<Integer, String> asciiTags, String xmp,
                       OutputStream os, BooleanSupplier cancelled) throws IOException {
        ImageWriter writer = jdkWriter();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            switch (o.tiffCompression()) {
                case NONE -> param.setCompressionMode(ImageWriteParam.MODE_DISABLED);
                case LZW -> { param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT); param.setCompressionType("LZW"); }
                case DEFLATE -> { param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT); param.setCompressionType("Deflate"); }
            }
            IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(img), param);
            TIFFDirectory dir = TIFFDirectory.createFromMetadata(meta);
            BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
            byte[] icc = IccProfiles.srgb();
            dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_ICC_PROFILE), TIFFTag.TIFF_UNDEFINED, icc.length, icc));
            dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_ORIENTATION), TIFFTag.TIFF_SHORT, 1,
                new char[] {(char) BaselineTIFFTagSet.ORIENTATION_ROW_0_TOP_COLUMN_0_LEFT}));
            for (Map.Entry<Integer, String> e : asciiTags.entrySet()) {
                TIFFTag tag = base.getTag(e.getKey());
                if (tag == null || e.getValue() == null || e.getValue().isEmpty()) continue;
                // the writer emits each char's low byte: pre-encoding as UTF-8 keeps non-ASCII prompts intact
                String bytes = new String(e.getValue().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                dir.addTIFFField(new TIFFField(tag, TIFFTag.TIFF_ASCII, 1, new String[] {bytes}));
            }
            if (xmp != null && !xmp.isEmpty()) {
                byte[] x = xmp.getBytes(StandardCharsets.UTF_8);
                dir.addTIFFField(new TIFFField(XMP, TIFFTag.TIFF_BYTE, x.length, x));
            }
            writer.addIIOWriteProgressListener(new Abort(cancelled));
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(os)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(img, null, dir.getAsMetadata()), param);
            }
        } finally {
            writer.dispose();
        }
    }

    static ImageWriter jdkWriter() {
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("tiff"); it.hasNext(); ) {
            ImageWriter w = it.next();
            if (w.getClass().getName().equals("com.sun.imageio.plugins.tiff.TIFFImageWriter")) return w;
        }
        throw new IllegalStateException("the JDK TIFF writer (com.sun.imageio.plugins.tiff.TIFFImageWriter) is missing");
    }
}
