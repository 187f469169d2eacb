package dev.patina.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.w3c.dom.NodeList;

/**
 * Encodes 8-bit sRGB to JPEG bytes with the JDK's writer (libjpeg 6b underneath): quality on the
 * IJG scale, chroma subsampling set through the sampling factors of the SOF component specs,
 * optional progressive scans. Metadata segments are spliced in afterwards by {@link JpegSplicer}.
 */
final class JpegEncoder {
    private static final String FORMAT = "javax_imageio_jpeg_image_1.0";

    private JpegEncoder() {}

    static byte[] encode(BufferedImage img, ExportOptions o, java.util.function.BooleanSupplier cancelled) throws IOException {
        ImageWriter writer = jdkWriter();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            // the JDK maps quality q/100 to the IJG table scaling exactly as libjpeg's quality q does
            param.setCompressionQuality(o.jpegQuality() / 100f);
            if (o.progressive()) param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(img), param);
            setSubsampling(meta, o.chroma());
            writer.addIIOWriteProgressListener(new Abort(cancelled));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(img.getWidth() * img.getHeight() / 2 + 4096);
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(img, null, meta), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static void setSubsampling(IIOMetadata meta, ExportOptions.Chroma chroma) throws IOException {
        int h = chroma == ExportOptions.Chroma.S444 ? 1 : 2;
        int v = chroma == ExportOptions.Chroma.S420 ? 2 : 1;
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        NodeList specs = root.getElementsByTagName("componentSpec");
        for (int i = 0; i < specs.getLength(); i++) {
            IIOMetadataNode spec = (IIOMetadataNode) specs.item(i);
            boolean luma = "1".equals(spec.getAttribute("componentId")) || i == 0;
            spec.setAttribute("HsamplingFactor", String.valueOf(luma ? h : 1));
            spec.setAttribute("VsamplingFactor", String.valueOf(luma ? v : 1));
        }
        meta.setFromTree(FORMAT, root);
    }

    /** The JDK's own writer, chosen by class so a plugin on the class path cannot change the bytes. */
    static ImageWriter jdkWriter() {
        ImageWriter fallback = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.sun.imageio.")) return w;
            if (fallback == null) fallback = w;
        }
        if (fallback == null) throw new IllegalStateException("no JPEG writer available");
        return fallback;
    }

}
