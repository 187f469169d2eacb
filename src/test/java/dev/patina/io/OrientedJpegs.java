package dev.patina.io;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test fixture: JPEG files carrying an EXIF orientation tag. */
public final class OrientedJpegs {
    private OrientedJpegs() {}

    public static Path write(BufferedImage img, int orientation, Path out) throws Exception {
        Path plain = Files.createTempFile(out.toAbsolutePath().getParent(), "plain", ".jpg");
        TestImages.writeJpeg(img, plain, 0.95f, false);
        byte[] jpeg = Files.readAllBytes(plain);
        Files.delete(plain);
        byte[] app1 = JpegSplicer.segment(0xE1, JpegSegments.EXIF_ID, ImageDecoderOrientationColourTest.exifWithOrientation(orientation));
        return Files.write(out, JpegSplicer.insert(jpeg, List.of(app1)));
    }
}
