package dev.patina.ui.files;

import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Srgb;
import dev.patina.io.InvalidFileException;
import dev.patina.io.FileResources;
import dev.patina.io.meta.GenerationInfo;
import dev.patina.io.meta.PromptExtractor;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
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
import java.util.Optional;

/**
 * Opens an original for editing. A stop-gap over ImageIO until the engine's decoder lands: it reads
 * the size first and refuses images over the pixel budget before allocating, converts 8-bit sRGB to
 * linear float, and reads the generation prompt with the engine's prompt extractor.
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
                BufferedImage img = reader.read(0);
                Optional<GenerationInfo> generation = PromptExtractor.extract(file).info();
                Path folder = file.toAbsolutePath().getParent();
                return new LoadedImage(file, sha, new Pyramid(toLinear(img)), generation, new FileResources(folder));
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
