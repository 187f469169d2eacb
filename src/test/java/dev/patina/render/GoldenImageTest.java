package dev.patina.render;

import dev.patina.doc.Document;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.io.FileResources;
import dev.patina.io.PresetCodec;
import dev.patina.testing.Pngs;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every built-in preset rendered on a real photo, compared with a reviewed golden PNG: at most 2
 * levels off on any channel of any pixel and 0.25 levels on average. A failure writes the render
 * and a diff image next to the golden under target/golden-failures/. Re-bless after a deliberate
 * change with {@code -Dgolden.update=true}, then look at the new PNGs before committing them.
 */
class GoldenImageTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    List<DynamicTest> presetsOnRealPhotos() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> presets;
        try (Stream<Path> s = Files.list(Path.of("presets"))) {
            presets = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (String photo : List.of("chelsea.png", "rocket.jpg", "astronaut-300.png")) {
            FloatImage src = Pngs.resource("/photos/" + photo);
            for (Path preset : presets) {
                String name = preset.getFileName().toString().replace(".json", "") + "--" + photo.replaceAll("\\..*", "") + ".png";
                tests.add(DynamicTest.dynamicTest(name, () -> check(src, preset, name)));
            }
        }
        return tests;
    }

    private static void check(FloatImage src, Path preset, String name) throws IOException {
        Document doc = TestImages.emptyDoc().withLayers(PresetCodec.read(preset).layers());
        FloatImage out;
        try (TileRenderer r = new TileRenderer(2, 128, 0)) {
            out = r.render(RenderRequest.whole(doc, new Pyramid(src), new FileResources(preset.getParent()), 1),
                ProgressListener.NONE, new CancelToken());
        }
        BufferedImage actual = Pngs.toSrgb8(out);
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Pngs.write(actual, golden);
            return;
        }
        if (!Files.exists(golden)) {
            // Never into the goldens: a rerun would pass on a picture nobody looked at.
            Path candidate = Path.of("target/golden-failures").resolve("new-" + name);
            Files.createDirectories(candidate.getParent());
            Pngs.write(actual, candidate);
            throw new AssertionError("no golden " + golden + ": wrote the render to " + candidate
                + "; look at it, then bless with -Dgolden.update=true");
        }
        BufferedImage expected = ImageIO.read(golden.toFile());
        int max = 0;
        double sum = 0;
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < actual.getHeight(); y++) for (int x = 0; x < actual.getWidth(); x++) {
            int a = actual.getRGB(x, y), e = expected.getRGB(x, y), d = 0;
            for (int sh = 0; sh <= 16; sh += 8) {
                int dc = Math.abs(((a >> sh) & 255) - ((e >> sh) & 255));
                max = Math.max(max, dc);
                sum += dc;
                d = Math.max(d, dc);
            }
            diff.setRGB(x, y, Math.min(255, d * 40) * 0x010101);
        }
        double mean = sum / (3.0 * actual.getWidth() * actual.getHeight());
        if (max > 2 || mean > 0.25) {
            Path dir = Path.of("target/golden-failures");
            Files.createDirectories(dir);
            Pngs.write(actual, dir.resolve(name));
            Pngs.write(diff, dir.resolve("diff-" + name));
        }
        assertTrue(max <= 2 && mean <= 0.25, name + ": max diff " + max + " levels, mean " + mean);
    }
}
