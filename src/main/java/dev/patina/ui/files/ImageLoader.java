package dev.patina.ui.files;

import dev.patina.io.InputFiles;

import dev.patina.image.Pyramid;
import dev.patina.scene.EyeFocus;
import dev.patina.io.DecodedImage;
import dev.patina.io.FileResources;
import dev.patina.io.ImageDecoder;
import dev.patina.io.InvalidFileException;
import dev.patina.io.meta.GenerationInfo;
import dev.patina.io.meta.PromptExtractor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens an original for editing with the engine's decoder (ICC to sRGB, EXIF orientation, 8/16
 * bit, refusal over the pixel budget before allocating), its hash for the project file, and the
 * generation prompt it carries.
 */
public final class ImageLoader {
    private ImageLoader() {}

    public static LoadedImage load(Path file, long maxPixels) throws IOException {
        String name = file.getFileName().toString();
        if (InputFiles.problem(file) != null) throw new InvalidFileException(name + ": " + InputFiles.problem(file));
        DecodedImage decoded = new ImageDecoder().decode(file, maxPixels);
        Optional<GenerationInfo> generation;
        try {
            generation = PromptExtractor.extract(file).info();
        } catch (IOException | RuntimeException e) {
            // A prompt we cannot read must not keep the picture from opening.
            generation = Optional.empty();
        }
        Path folder = file.toAbsolutePath().getParent();
        Pyramid pyramid = new Pyramid(decoded.image());
        return new LoadedImage(file, sha256(file), pyramid, generation, decoded.metadata(), new FileResources(folder), eyes(pyramid));
    }

    /** The eyes, looked for while the picture opens (in the background); none if the search fails. */
    private static EyeFocus eyes(Pyramid pyramid) {
        try {
            return EyeFocus.find(pyramid);
        } catch (RuntimeException e) {
            return EyeFocus.none(pyramid.width(), pyramid.height());
        }
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
