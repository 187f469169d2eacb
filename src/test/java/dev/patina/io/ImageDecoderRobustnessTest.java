package dev.patina.io;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged files of every format: each either decodes or fails with ImageFormatException, quickly. */
class ImageDecoderRobustnessTest {
    @TempDir Path dir;
    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void randomDamageNeverEscapesAsAnotherException() throws Exception {
        Path[] sources = {dir.resolve("s.jpg"), dir.resolve("s.png"), dir.resolve("s.tif"), dir.resolve("s.bmp"), dir.resolve("p.jpg")};
        TestImages.writeJpeg(TestImages.smooth(96, 64), sources[0], 0.9f, false);
        TestImages.write(TestImages.rgb8(96, 64), "png", sources[1]);
        TestImages.writeTiff(TestImages.rgb16(96, 64), sources[2], "LZW");
        TestImages.write(TestImages.rgb8(96, 64), "bmp", sources[3]);
        TestImages.writeJpeg(TestImages.smooth(96, 64), sources[4], 0.9f, true);
        Random rnd = new Random(20261126);
        int failures = 0, total = 0;
        for (Path src : sources) {
            byte[] good = Files.readAllBytes(src);
            for (int k = 0; k < 40; k++) {
                byte[] bad = good.clone();
                int kind = k % 3;
                if (kind == 0) { // flip bytes
                    for (int n = 0; n < 1 + rnd.nextInt(8); n++) bad[rnd.nextInt(bad.length)] ^= (byte) (1 + rnd.nextInt(255));
                } else if (kind == 1) { // cut
                    bad = java.util.Arrays.copyOf(good, 1 + rnd.nextInt(good.length - 1));
                } else { // overwrite a header field with huge values
                    int at = rnd.nextInt(Math.min(64, bad.length));
                    for (int n = at; n < Math.min(bad.length, at + 4); n++) bad[n] = (byte) 0xFF;
                }
                Path f = Files.write(dir.resolve("bad" + total + "-" + src.getFileName()), bad);
                total++;
                Throwable thrown = null;
                try {
                    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> decoder.decode(f));
                } catch (Throwable t) {
                    thrown = t;
                }
                if (thrown != null) {
                    if (!(thrown instanceof ImageFormatException e)) throw new AssertionError(f.getFileName() + " threw " + thrown, thrown);
                    failures++;
                    assertTrue(e.getMessage().startsWith(f.getFileName() + ": "), e.getMessage());
                    assertFalse(e.getMessage().contains("\n"), e.getMessage());
                }
            }
        }
        System.out.println("damaged files: " + total + ", refused with ImageFormatException: " + failures);
    }
}
