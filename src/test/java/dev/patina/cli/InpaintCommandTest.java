package dev.patina.cli;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import dev.patina.io.ImageDecoder;
import dev.patina.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The inpaint layer from the command line: a hole file through a preset, and bad holes. */
class InpaintCommandTest {
    @TempDir Path dir;

    private record Run(int exit, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PatinaCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, err.toString());
    }

    private Path preset(String hole) throws Exception {
        Path p = dir.resolve("inpaint.json");
        Files.writeString(p, "{\"patina\": \"preset\", \"version\": 1, \"name\": \"t\", \"layers\": ["
            + "{\"type\": \"inpaint\", \"params\": {\"hole\": \"" + hole + "\"}}]}");
        return p;
    }

    /** A 1-bit (paint program) mask of w x h with a white disc at the centre. */
    private Path discMask(int w, int h, double r) throws Exception {
        BufferedImage m = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            double dx = x + 0.5 - w / 2.0, dy = y + 0.5 - h / 2.0;
            if (dx * dx + dy * dy <= r * r) m.setRGB(x, y, 0xffffff);
        }
        Path p = dir.resolve("hole.png");
        ImageIO.write(m, "png", p.toFile());
        return p;
    }

    @Test
    void holeFileOfHalfTheSizeFillsOnlyTheHole() throws Exception {
        Path photo = SharedData.require("photos").resolve("chelsea.png");
        FloatImage in = new ImageDecoder().decode(photo).image();
        Path mask = discMask(in.width() / 2, in.height() / 2, 20);
        Path out = dir.resolve("out.tif");
        Run r = run("render", photo.toString(), "-o", out.toString(), "--preset", preset(mask.getFileName().toString()).toString(), "--bits", "8");
        assertThat(r.exit()).as(r.err()).isZero();
        FloatImage res = new ImageDecoder().decode(out).image();
        int w = in.width(), h = in.height(), changedInside = 0;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            double dx = x + 0.5 - w / 2.0, dy = y + 0.5 - h / 2.0, d = Math.sqrt(dx * dx + dy * dy);
            int i = y * w + x;
            int worst = 0;
            for (int c = 0; c < 3; c++) {
                worst = Math.max(worst, Math.abs(Math.round(Srgb.encode(res.plane(c)[i]) * 255) - Math.round(Srgb.encode(in.plane(c)[i]) * 255)));
            }
            if (d > 42) assertThat(worst).as("outside the hole at %d,%d: at most the dither's one level", x, y).isLessThanOrEqualTo(1);
            if (d < 38 && worst > 1) changedInside++;
        }
        assertThat(changedInside).as("pixels of the hole that were filled").isGreaterThan(1000);
    }

    @Test
    void unreadableHoleIsExitTwoInOneLine() throws Exception {
        Path photo = SharedData.require("photos").resolve("chelsea.png");
        Path bad = dir.resolve("hole.png");
        Files.writeString(bad, "not a png");
        Path out = dir.resolve("out.jpg");
        Run r = run("render", photo.toString(), "-o", out.toString(), "--preset", preset("hole.png").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("hole.png");
        assertThat(out).doesNotExist();
    }

    @Test
    void holeCoveringTheWholeImageIsExitTwoInOneLine() throws Exception {
        Path photo = SharedData.require("photos").resolve("chelsea.png");
        Path mask = discMask(8, 8, 100);
        Path out = dir.resolve("out.jpg");
        Run r = run("render", photo.toString(), "-o", out.toString(), "--preset", preset(mask.getFileName().toString()).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("covers the whole image");
        assertThat(out).doesNotExist();
    }
}
