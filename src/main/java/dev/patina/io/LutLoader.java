package dev.patina.io;

import dev.patina.image.Lut3D;
import dev.patina.ops.ResourceException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Parses a LUT file by its extension: {@code .cube} (Adobe/Resolve text) or a HaldCLUT image
 * ({@code .png}, {@code .tif}, {@code .tiff}). Every failure is a {@link ResourceException} with one
 * line naming the file and the problem.
 */
public final class LutLoader {
    private LutLoader() {}

    /**
     * Largest LUT file read: a 256³ .cube (the largest size parsed) written with generous spacing
     * is about 600 MB, a level-16 HaldCLUT PNG some tens of MB; real LUTs are 33³ or 65³ (1-7 MB).
     * Checked before reading, so a huge file costs nothing.
     */
    static final long MAX_BYTES = 640L << 20;

    public static Lut3D load(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ResourceException(name, String.format(Locale.ROOT, "%d MB is larger than any LUT (at most %d MB)", size >> 20, MAX_BYTES >> 20));
            }
            // A .cube is parsed as it is read: its text is never held whole beside its table.
            if (name.toLowerCase(Locale.ROOT).endsWith(".cube")) {
                try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                    return CubeLutParser.parse(name, reader);
                }
            }
            return parse(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ResourceException(name, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses file content; {@code name} is the file name used for the format and in messages. */
    public static Lut3D parse(String name, byte[] content) {
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".cube")) {
                return CubeLutParser.parse(name, new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
            }
            if (lower.endsWith(".png") || lower.endsWith(".tif") || lower.endsWith(".tiff")) {
                return HaldClutReader.read(name, decodeImage(name, content));
            }
        } catch (IOException e) {
            throw new ResourceException(name, "cannot read (" + e.getMessage() + ")", e);
        }
        throw new ResourceException(name, "unknown LUT format (expected .cube, .png, .tif or .tiff)");
    }

    /** Largest HaldCLUT side read: level 16 (4096 px, a 256³ table, the largest size parsed). */
    static final int MAX_HALD_SIDE = 4096;

    private static BufferedImage decodeImage(String name, byte[] content) throws IOException {
        BufferedImage img;
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new ResourceException(name, "not a readable PNG or TIFF image");
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // The header's size is checked before the pixels are allocated: a HaldCLUT is square and at most level 16.
                int w = reader.getWidth(0), h = reader.getHeight(0);
                if (w != h || w < 1 || w > MAX_HALD_SIDE) {
                    throw new ResourceException(name, "a HaldCLUT is a square image of at most " + MAX_HALD_SIDE + " px, not " + w + "x" + h);
                }
                img = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (ResourceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ResourceException(name, "not a readable image (" + e.getMessage() + ")", e);
        }
        if (img == null) throw new ResourceException(name, "not a readable PNG or TIFF image");
        return img;
    }
}
