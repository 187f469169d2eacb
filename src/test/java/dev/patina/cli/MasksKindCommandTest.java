package dev.patina.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patina.image.FloatImage;
import dev.patina.testing.Pngs;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code masks IMAGE --kind ... -o OUT.png}: the file it writes and its answers to bad input. */
class MasksKindCommandTest {
    @TempDir Path dir;
    Path image;

    static CliRun run(String... args) { return CliRun.of(args); }

    /** A 300x200 picture: a warm disc on a cool, slightly noisy ground, under a blue sky band. */
    @BeforeEach
    void picture() throws Exception {
        int w = 300, h = 200;
        FloatImage img = new FloatImage(w, h);
        java.util.Random rnd = new java.util.Random(3);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int i = y * w + x;
            double d = Math.hypot(x - 150, y - 120) - 50;
            float a = (float) Math.max(0, Math.min(1, 0.5 - d / 3));
            float n = (float) rnd.nextGaussian() * 0.01f;
            float br = y < 40 ? 0.25f : 0.05f + n, bg = y < 40 ? 0.45f : 0.15f + n, bb = y < 40 ? 0.85f : 0.08f + n;
            img.plane(0)[i] = a * 0.7f + (1 - a) * br;
            img.plane(1)[i] = a * 0.25f + (1 - a) * bg;
            img.plane(2)[i] = a * 0.1f + (1 - a) * bb;
        }
        image = dir.resolve("in.png");
        Pngs.write(Pngs.toSrgb8(img), image);
    }

    private static int[] samples(Path png) throws Exception {
        BufferedImage m = ImageIO.read(png.toFile());
        int[] v = new int[m.getWidth() * m.getHeight()];
        m.getRaster().getSamples(0, 0, m.getWidth(), m.getHeight(), 0, v);
        return v;
    }

    @Test
    void writesASixteenBitGreyMaskOfTheImageSize() throws Exception {
        Path out = dir.resolve("subject.png");
        CliRun r = run("masks", image.toString(), "--kind", "subject", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        BufferedImage m = ImageIO.read(out.toFile());
        assertEquals(300, m.getWidth());
        assertEquals(200, m.getHeight());
        assertEquals(1, m.getRaster().getNumBands());
        assertEquals(16, m.getColorModel().getComponentSize(0));
        int[] v = samples(out);
        assertTrue(v[120 * 300 + 150] > 60000, "the disc's centre is subject: " + v[120 * 300 + 150]);
        assertTrue(v[190 * 300 + 10] < 2000, "the ground's corner is not: " + v[190 * 300 + 10]);

        Path bg = dir.resolve("background.png");
        assertEquals(0, run("masks", image.toString(), "--kind", "background", "-o", bg.toString()).exit());
        int[] b = samples(bg);
        for (int i = 0; i < v.length; i += 97) assertTrue(Math.abs(v[i] + b[i] - 65535) <= 1, "background is the inverse at " + i);
    }

    @Test
    void skyIsTheBlueBandAtTheTop() throws Exception {
        Path out = dir.resolve("sky.png");
        CliRun r = run("masks", image.toString(), "--kind", "sky", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        int[] v = samples(out);
        assertTrue(v[10 * 300 + 20] > 60000, "top-left is sky");
        assertTrue(v[150 * 300 + 20] < 2000, "the ground is not");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path out = dir.resolve("m.png");
        String[][] cases = {
            {"masks", image.toString(), "-o", out.toString()},
            {"masks", image.toString(), "--kind", "ghosts", "-o", out.toString()},
            {"masks", image.toString(), "--kind", "sky", "-o", out.toString(), "--hint", "0.1,0.2,0.3,0.4"},
            {"masks", image.toString(), "--kind", "subject", "--faces"},
            {"masks", image.toString(), "--kind", "subject"},
            {"masks", image.toString(), "--kind", "subject", "-o", dir.resolve("m.jpg").toString()},
            {"masks", image.toString(), "--kind", "subject", "-o", out.toString(), "--hint", "0.1,0.2,0.3"},
            {"masks", image.toString(), "--kind", "subject", "-o", out.toString(), "--hint", "0.1,a,0.3,0.4"},
            {"masks", image.toString(), "--kind", "subject", "-o", out.toString(), "--hint", "0.1,0.2,0.1,0.4"},
            {"masks", dir.resolve("missing.png").toString(), "--kind", "subject", "-o", out.toString()},
        };
        for (String[] c : cases) {
            CliRun r = run(c);
            assertEquals(2, r.exit(), String.join(" ", c) + " -> " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(Files.exists(out), "no output left behind");
        }
    }

    @Test
    void neverWritesOverTheInput() throws Exception {
        byte[] before = Files.readAllBytes(image);
        CliRun r = run("masks", image.toString(), "--kind", "subject", "-o", image.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("refusing to overwrite"), r.err());
        assertArrayEquals(before, Files.readAllBytes(image));
    }

    @Test
    void aHintBoxOutsideTheImageIsRefusedInOneLine() throws Exception {
        // As in presets: a box that cannot point at anything in the picture is a mistake, said plainly.
        Path out = dir.resolve("m.png");
        CliRun r = run("masks", image.toString(), "--kind", "subject", "-o", out.toString(), "--hint", "1.2,1.1,1.6,1.5");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("outside the picture"), r.err());
        assertFalse(Files.exists(out));
    }
}
