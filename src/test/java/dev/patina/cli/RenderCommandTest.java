package dev.patina.cli;

import dev.patina.image.FloatImage;
import dev.patina.image.Resample;
import dev.patina.image.Srgb;
import dev.patina.io.DecodedImage;
import dev.patina.io.ImageDecoder;
import dev.patina.io.OrientedJpegs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The render command end to end, on real photographs and on broken input. */
class RenderCommandTest {
    private static final Path SHARED = Path.of("../shared/data/photos");
    private static final Path ALL_FOUR = Path.of("presets/portra-portrait.json");

    @TempDir Path dir;

    static CliRun run(String... args) { return CliRun.of(args); }

    private Path resource(String name) throws Exception {
        Path p = dir.resolve(name);
        try (var in = getClass().getResourceAsStream("/photos/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private static FloatImage decode(Path p) throws Exception {
        return new ImageDecoder().decode(p).image();
    }

    /** Mean absolute difference in 8-bit sRGB levels. */
    private static double meanLevelDiff(FloatImage a, FloatImage b) {
        double s = 0;
        for (int c = 0; c < 3; c++) for (int i = 0; i < a.plane(c).length; i++) {
            s += Math.abs(Srgb.encode(a.plane(c)[i]) - Srgb.encode(b.plane(c)[i])) * 255;
        }
        return s / (3.0 * a.plane(0).length);
    }

    private static double maxLevelDiff(FloatImage a, FloatImage b) {
        double m = 0;
        for (int c = 0; c < 3; c++) for (int i = 0; i < a.plane(c).length; i++) {
            m = Math.max(m, Math.abs(Srgb.encode(a.plane(c)[i]) - Srgb.encode(b.plane(c)[i])) * 255);
        }
        return m;
    }

    /** The most layers a document holds render (4000 overflowed the renderer's stack); one more is refused in one line. */
    @Test
    void aThousandLayersRenderAndMoreAreRefused() throws Exception {
        Path small = dir.resolve("small.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(24, 16, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", small.toFile());
        for (int n : new int[] {dev.patina.doc.Document.MAX_LAYERS, dev.patina.doc.Document.MAX_LAYERS + 1}) {
            String layer = "{\"type\": \"grain\", \"params\": {\"amount\": 0.01}}";
            Path preset = Files.writeString(dir.resolve("many" + n + ".json"),
                "{\"patina\": \"preset\", \"version\": 1, \"layers\": [" + String.join(",", java.util.Collections.nCopies(n, layer)) + "]}");
            CliRun r = run("render", small.toString(), "-o", dir.resolve("many" + n + ".jpg").toString(), "--preset", preset.toString());
            if (n == dev.patina.doc.Document.MAX_LAYERS) {
                assertEquals(0, r.exit(), r.err());
            } else {
                assertEquals(2, r.exit(), r.err());
                assertTrue(r.err().contains("1001 layers; a document holds at most 1000"), r.err());
            }
        }
    }

    /** A HaldCLUT TIFF the preset's film layer reads cannot be the output: the render would overwrite its own input. */
    @Test
    void anOutputThatALayerReadsIsRefusedAndLeftAlone() throws Exception {
        Path lut = Files.writeString(dir.resolve("look.tif"), "a LUT the render reads");
        Path preset = Files.writeString(dir.resolve("look.json"), """
            {"patina": "preset", "version": 1, "name": "look",
             "layers": [{"type": "film-stock", "params": {"lut": "look.tif"}}]}
            """);
        CliRun r = run("render", resource("rocket.jpg").toString(), "-o", lut.toString(), "--preset", preset.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("is read by the render"), r.err());
        assertEquals("a LUT the render reads", Files.readString(lut));
    }

    @Test
    void allFourLayersOnRealPhotosGiveValidChangedJpegAndTiff() throws Exception {
        List<Path> photos = new ArrayList<>(List.of(resource("rocket.jpg")));
        if (Files.isDirectory(SHARED)) {
            for (String n : List.of("real-camera-exif_island_olympus.jpg", "kodim04.png", "grace_hopper.jpg")) photos.add(SHARED.resolve(n));
        } else {
            System.out.println("../shared/data is absent: testing on the bundled photo only");
        }
        for (Path photo : photos) {
            FloatImage in = decode(photo);
            for (String ext : List.of("jpg", "tif")) {
                Path out = dir.resolve(photo.getFileName() + "." + ext);
                CliRun r = run("render", photo.toString(), "-o", out.toString(), "--preset", ALL_FOUR.toString());
                assertEquals(0, r.exit(), r.err());
                FloatImage res = decode(out);
                assertEquals(in.width(), res.width(), photo + " width");
                assertEquals(in.height(), res.height(), photo + " height");
                double diff = meanLevelDiff(in, res);
                assertTrue(diff > 3, photo + " -> " + ext + " visibly changed: mean " + diff + " levels");
            }
        }
    }

    @Test
    void orientationIsAppliedAndNotAppliedTwice() throws Exception {
        BufferedImage img = new BufferedImage(64, 32, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 32; y++) for (int x = 0; x < 64; x++) img.setRGB(x, y, x < 16 && y < 16 ? 0xffffff : 0x202020);
        Path in = OrientedJpegs.write(img, 6, dir.resolve("rotated.jpg"));
        Path out = dir.resolve("upright.jpg");
        assertEquals(0, run("render", in.toString(), "-o", out.toString(), "--preset", ALL_FOUR.toString()).exit());
        DecodedImage d = new ImageDecoder().decode(out);
        assertEquals(32, d.width());
        assertEquals(64, d.height());
        assertTrue(d.metadata().orientation() <= 1, "orientation reset: " + d.metadata().orientation());
        // Orientation 6 shows the stored top-left corner at the top right.
        FloatImage p = d.image();
        assertTrue(Srgb.encode(p.plane(1)[p.index(28, 3)]) > 0.5f, "white corner moved to the top right");
        assertTrue(Srgb.encode(p.plane(1)[p.index(3, 3)]) < 0.5f);
    }

    @Test
    void everyLayerAtZeroGivesBackTheInputWithinOneLevel() throws Exception {
        Path preset = Files.writeString(dir.resolve("zero.json"), """
            {"patina":"preset","version":1,"name":"zero","layers":[
              {"type":"clarity","params":{"amount":0}},
              {"type":"film-stock","params":{"strength":0}},
              {"type":"vignette","params":{"amount":0}},
              {"type":"grain","params":{"amount":0}}]}""");
        Path photo = resource("chelsea.png");
        Path out = dir.resolve("same.tif");
        assertEquals(0, run("render", photo.toString(), "-o", out.toString(), "--preset", preset.toString(), "--bits", "8").exit());
        double max = maxLevelDiff(decode(photo), decode(out));
        assertTrue(max <= 1.0 + 1e-3, "within one 8-bit level: " + max);
    }

    @Test
    void tilingAndThreadsDoNotChangeASingleBit() throws Exception {
        Path photo = resource("rocket.jpg");
        Path a = dir.resolve("a.tif"), b = dir.resolve("b.tif");
        assertEquals(0, run("render", photo.toString(), "-o", a.toString(), "--preset", ALL_FOUR.toString(), "--bits", "16",
            "--tile-size", "64", "--threads", "1").exit());
        assertEquals(0, run("render", photo.toString(), "-o", b.toString(), "--preset", ALL_FOUR.toString(), "--bits", "16",
            "--tile-size", "512", "--threads", "2").exit());
        assertArrayEquals(pixels16(a), pixels16(b));
    }

    private static short[] pixels16(Path tiff) throws Exception {
        BufferedImage img = ImageIO.read(tiff.toFile());
        int[] px = img.getRaster().getPixels(0, 0, img.getWidth(), img.getHeight(), (int[]) null);
        short[] s = new short[px.length];
        for (int i = 0; i < px.length; i++) s[i] = (short) px[i];
        return s;
    }

    @Test
    void grainAtQuarterScaleMatchesTheDownsampledFullRender() throws Exception {
        BufferedImage grey = new BufferedImage(2400, 1600, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[2400];
        Arrays.fill(row, 0x767676);
        for (int y = 0; y < 1600; y++) grey.setRGB(0, y, 2400, 1, row, 0, 2400);
        Path in = dir.resolve("grey.png");
        ImageIO.write(grey, "png", in.toFile());
        Path preset = Files.writeString(dir.resolve("grain.json"), "{\"layers\":[{\"type\":\"grain\",\"params\":{\"amount\":0.6,\"colour\":0}}]}");
        Path full = dir.resolve("full.tif"), quarter = dir.resolve("quarter.tif");
        assertEquals(0, run("render", in.toString(), "-o", full.toString(), "--preset", preset.toString(), "--bits", "16").exit());
        CliRun q = run("render", in.toString(), "-o", quarter.toString(), "--preset", preset.toString(), "--bits", "16", "--scale", "0.25");
        assertEquals(0, q.exit(), q.err());
        FloatImage f = decode(full), p = decode(quarter);
        assertEquals(600, p.width());
        FloatImage down = Resample.area(f, p.width(), p.height());
        double sDown = encodedStd(down), sPrev = encodedStd(p);
        System.out.printf("grain σ: full render downsampled %.5f, native 1/4 render %.5f (ratio %.3f)%n", sDown, sPrev, sPrev / sDown);
        assertEquals(1.0, sPrev / sDown, 0.15);
    }

    private static double encodedStd(FloatImage img) {
        float[] p = img.plane(1);
        double s = 0, s2 = 0;
        for (float v : p) { double e = Srgb.encode(v); s += e; s2 += e * e; }
        double m = s / p.length;
        return Math.sqrt(s2 / p.length - m * m);
    }

    @Test
    void badInputGivesExitTwoOneLineAndNoOutput() throws Exception {
        Path good = resource("rocket.jpg");
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.jpg"), Arrays.copyOf(bytes, bytes.length / 3));
        byte[] garbled = bytes.clone();
        for (int i = 600; i < garbled.length - 2; i += 3) garbled[i] = (byte) (garbled[i] * 31 + 7);
        Path corrupt = Files.write(dir.resolve("corrupt.jpg"), garbled);
        Path notImage = Files.writeString(dir.resolve("notes.png"), "these are my notes, not a picture");
        Path badPreset = Files.writeString(dir.resolve("bad.json"), "{\"layers\":[{\"type\":\"vignette\",\"params\":{\"amount\":-4}}]}");
        List<String[]> cases = List.of(
            new String[] {"render", truncated.toString(), "-o", dir.resolve("o1.jpg").toString()},
            new String[] {"render", corrupt.toString(), "-o", dir.resolve("o2.jpg").toString()},
            new String[] {"render", notImage.toString(), "-o", dir.resolve("o3.jpg").toString()},
            new String[] {"render", good.toString(), "-o", dir.resolve("o4.jpg").toString(), "--preset", badPreset.toString()},
            new String[] {"render", good.toString(), "-o", dir.resolve("o5.jpg").toString(), "--quality", "0"},
            new String[] {"render", good.toString(), "-o", dir.resolve("o6.png").toString()},
            new String[] {"render", dir.resolve("missing.jpg").toString(), "-o", dir.resolve("o7.jpg").toString()});
        for (String[] args : cases) {
            CliRun r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(Files.exists(Path.of(args[3])), "no output for " + args[1]);
        }
        assertTrue(run("render", good.toString(), "-o", dir.resolve("o8.jpg").toString(), "--preset", badPreset.toString()).err().contains("bad.json: layers[0].params.amount"), "names the field");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary files left");
        }
    }

    /** A 16-bit near-white depth map: the left half near (white), the right half far (black). */
    private Path halfNearDepthMap(String name) throws Exception {
        java.awt.image.BufferedImage map = new java.awt.image.BufferedImage(90, 60, java.awt.image.BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 60; y++) for (int x = 0; x < 45; x++) map.getRaster().setSample(x, y, 0, 65535);
        Path file = dir.resolve(name);
        javax.imageio.ImageIO.write(map, "png", file.toFile());
        return file;
    }

    /** Mean absolute difference between horizontal neighbours in a column range: fine detail. */
    private static double detail(FloatImage img, int x0, int x1) {
        double s = 0;
        int n = 0;
        float[] g = img.plane(1);
        for (int y = 0; y < img.height(); y++) for (int x = x0; x < x1 - 1; x++) {
            s += Math.abs(g[y * img.width() + x + 1] - g[y * img.width() + x]);
            n++;
        }
        return s / n;
    }

    @Test
    void aDepthMapNamedByAPresetIsReadBesideItAndBlursOnlyTheFarHalf() throws Exception {
        Path photo = resource("chelsea.png");
        halfNearDepthMap("depth.png");
        Path preset = Files.writeString(dir.resolve("dof.json"), "{\"patina\":\"preset\",\"version\":1,\"name\":\"dof\",\"layers\":["
            + "{\"type\":\"depth-of-field\",\"params\":{\"depth\":\"depth.png\",\"nearDistance\":1,\"farDistance\":10,"
            + "\"focusX\":0.25,\"focusY\":0.5,\"fNumber\":1.4,\"focalLength\":85}}]}");
        Path out = dir.resolve("dof.tif");
        CliRun r = run("render", photo.toString(), "-o", out.toString(), "--preset", preset.toString(), "--bits", "16");
        assertEquals(0, r.exit(), r.err());
        FloatImage before = decode(photo), after = decode(out);
        int w = before.width();
        // The near half is in focus; the far half (10 m behind a 1 m focus at f/1.4) loses its detail.
        assertTrue(detail(after, 0, w / 2 - 20) > 0.95 * detail(before, 0, w / 2 - 20), "near half kept");
        assertTrue(detail(after, w / 2 + 20, w) < 0.5 * detail(before, w / 2 + 20, w), "far half blurred");

        Files.writeString(dir.resolve("depth.png"), "not a depth map");
        Path out2 = dir.resolve("dof2.jpg");
        CliRun bad = run("render", photo.toString(), "-o", out2.toString(), "--preset", preset.toString());
        assertEquals(2, bad.exit(), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("depth.png"), bad.err());
        assertFalse(Files.exists(out2));
    }

    @Test
    void runningOutOfMemoryIsNamedAsSuch() {
        assertTrue(PatinaCli.causedByOutOfMemory(new IllegalStateException(new OutOfMemoryError("Java heap space"))));
        assertFalse(PatinaCli.causedByOutOfMemory(new IllegalStateException("other")));
    }

    @Test
    void refusesToOverwriteTheOriginal() throws Exception {
        Path photo = resource("rocket.jpg");
        byte[] before = Files.readAllBytes(photo);
        CliRun r = run("render", photo.toString(), "-o", dir.resolve(".").resolve("rocket.jpg").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("original") || r.err().contains("input"), r.err());
        assertArrayEquals(before, Files.readAllBytes(photo));
    }

    @Test
    void scaleRendersNativelySmaller() throws Exception {
        Path photo = resource("chelsea.png");
        Path out = dir.resolve("half.jpg");
        assertEquals(0, run("render", photo.toString(), "-o", out.toString(), "--preset", ALL_FOUR.toString(), "--scale", "0.5").exit());
        FloatImage img = decode(out);
        assertEquals(Resample.scaledSize(451, 0.5), img.width());
        assertEquals(150, img.height());
    }

    @Test
    void layersJsonListsEveryParamWithItsBounds() {
        CliRun r = run("layers", "--json");
        assertEquals(0, r.exit());
        for (String s : List.of("\"type\" : \"grain\"", "\"type\" : \"film-stock\"", "\"name\" : \"amount\"", "\"min\"", "\"max\"", "\"default\"", "\"unit\"", "\"description\"")) {
            assertTrue(r.out().contains(s), s);
        }
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        CliRun r = run("render", "--frobnicate");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

}
