package dev.patina.ui.files;

import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Srgb;
import dev.patina.io.InvalidFileException;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;

/**
 * Opens an original for editing. A stop-gap over ImageIO until the engine's decoder lands: it reads
 * the size first and refuses images over the pixel budget before allocating, converts 8-bit sRGB to
 * linear float and picks up an A1111-style {@code parameters} PNG text chunk as the prompt.
 */
public final class ImageLoader {
    private ImageLoader() {}

    public static LoadedImage load(Path file, long maxPixels) throws IOException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw new InvalidFileException(name + ": no such file");
        String sha = sha256(file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) throw new InvalidFileException(name + ": cannot be read");
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new InvalidFileException(name + ": not an image Patina can read (JPEG, PNG, TIFF, WebP)");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new InvalidFileException(String.format(Locale.ROOT,
                        "%s: %d x %d is %.0f megapixels, more than the %.0f megapixels that fit in this editor's memory budget",
                        name, reader.getWidth(0), reader.getHeight(0), pixels / 1e6, maxPixels / 1e6));
                }
                String prompt = promptOf(reader.getImageMetadata(0));
                BufferedImage img = reader.read(0);
                return new LoadedImage(file, sha, new Pyramid(toLinear(img)), prompt);
            } finally {
                reader.dispose();
            }
        } catch (InvalidFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidFileException(name + ": broken or unsupported image (" + e.getMessage() + ")", e);
        }
    }

    static FloatImage toLinear(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        FloatImage out = new FloatImage(w, h);
        float[] r = out.plane(0), g = out.plane(1), b = out.plane(2);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x], i = y * w + x;
                r[i] = Srgb.decode8(p >> 16);
                g[i] = Srgb.decode8(p >> 8);
                b[i] = Srgb.decode8(p);
            }
        }
        return out;
    }

    /** The {@code parameters} text of a PNG (AUTOMATIC1111, Forge, Fooocus), or "". */
    private static String promptOf(IIOMetadata meta) {
        if (meta == null || !java.util.Arrays.asList(meta.getMetadataFormatNames()).contains("javax_imageio_png_1.0")) return "";
        Node root = meta.getAsTree("javax_imageio_png_1.0");
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!n.getNodeName().equals("tEXt") && !n.getNodeName().equals("iTXt")) continue;
            for (Node e = n.getFirstChild(); e != null; e = e.getNextSibling()) {
                NamedNodeMap a = e.getAttributes();
                Node key = a.getNamedItem("keyword");
                Node value = a.getNamedItem("value") != null ? a.getNamedItem("value") : a.getNamedItem("text");
                if (key != null && value != null && key.getNodeValue().equals("parameters")) return value.getNodeValue();
            }
        }
        return "";
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) { /* digest as we read */ }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
