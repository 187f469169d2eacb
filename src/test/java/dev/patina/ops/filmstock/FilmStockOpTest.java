package dev.patina.ops.filmstock;

import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.image.Lut3D;
import dev.patina.image.Srgb;
import dev.patina.io.FileResources;
import dev.patina.ops.OpKernel;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilmStockOpTest {
    private static final FilmStockOp OP = new FilmStockOp();
    private static final RenderContext CTX = new RenderContext(64, 64, 1, 1);

    @TempDir Path dir;

    private static Params params(String stock, double strength) {
        return OP.schema().defaults().with("stock", stock).with("strength", strength);
    }

    private static FloatImage random(int w, int h, long seed, float max) {
        FloatImage img = new FloatImage(w, h);
        Random rnd = new Random(seed);
        for (int c = 0; c < 3; c++) {
            float[] p = img.plane(c);
            for (int i = 0; i < p.length; i++) p[i] = rnd.nextFloat() * max;
        }
        return img;
    }

    /** A horizontal grey ramp in sRGB-encoded steps from 0 to 1. */
    private static FloatImage greyRamp(int n) {
        FloatImage img = new FloatImage(n, 1);
        for (int i = 0; i < n; i++) {
            float v = Srgb.decode(i / (float) (n - 1));
            img.plane(0)[i] = v;
            img.plane(1)[i] = v;
            img.plane(2)[i] = v;
        }
        return img;
    }

    private static FloatImage run(Params p, FloatImage src) {
        FloatImage dst = new FloatImage(src.bounds());
        OP.prepare(p, Resources.NONE).apply(src, dst, CTX);
        return dst;
    }

    @Test
    void isRegisteredWithDeclaredParams() {
        assertInstanceOf(FilmStockOp.class, OpRegistry.find("film-stock"));
        assertEquals("Film stock", OP.displayName());
        assertEquals(1, OP.schema().version());
        Params d = OP.schema().defaults();
        assertEquals("portra-400", d.text("stock"));
        assertEquals(1.0, d.number("strength"));
        assertEquals("", d.text("lut"));
    }

    @Test
    void strengthZeroIsBitIdentical() {
        for (Stock s : Stock.values()) {
            OpKernel k = OP.prepare(params(s.id(), 0), Resources.NONE);
            assertTrue(k.isIdentity());
            FloatImage src = random(37, 19, 3, 2f);
            FloatImage dst = new FloatImage(src.bounds());
            k.apply(src, dst, CTX);
            assertTrue(dst.sameAs(src));
            FloatImage inPlace = src.copy();
            k.apply(inPlace, inPlace, CTX);
            assertTrue(inPlace.sameAs(src));
        }
        assertFalse(OP.prepare(params("portra-400", 0.01), Resources.NONE).isIdentity());
    }

    @Test
    void noNanOrNegativeOutputEvenForOddInput() {
        FloatImage src = random(64, 16, 11, 4f);
        src.plane(0)[0] = Float.NaN;
        src.plane(1)[1] = -0.5f;
        src.plane(2)[2] = Float.POSITIVE_INFINITY;
        src.plane(0)[3] = 1e30f;
        for (Stock s : Stock.values()) {
            for (double strength : new double[] {0.3, 1}) {
                FloatImage out = run(params(s.id(), strength), src);
                for (int c = 0; c < 3; c++) {
                    for (float v : out.plane(c)) {
                        assertTrue(v >= 0f && Float.isFinite(v), s.id() + " gave " + v);
                    }
                }
            }
        }
    }

    @Test
    void triXIsExactlyNeutral() {
        FloatImage out = run(params("tri-x-400", 1), random(50, 20, 5, 1.5f));
        for (int i = 0; i < out.plane(0).length; i++) {
            assertEquals(out.plane(0)[i], out.plane(1)[i]);
            assertEquals(out.plane(0)[i], out.plane(2)[i]);
        }
    }

    @Test
    void toneCurveIsMonotoneOnAGreyRamp() {
        FloatImage ramp = greyRamp(256);
        for (Stock s : Stock.values()) {
            FloatImage out = run(params(s.id(), 1), ramp);
            float prev = -1;
            for (int i = 0; i < 256; i++) {
                float y = Srgb.luminance(out.plane(0)[i], out.plane(1)[i], out.plane(2)[i]);
                assertTrue(y >= prev - 1e-6f, s.id() + " not monotone at step " + i);
                prev = y;
            }
            assertTrue(prev > Srgb.luminance(out.plane(0)[0], out.plane(1)[0], out.plane(2)[0]) + 0.5f, s.id() + " lost its range");
        }
    }

    @Test
    void faded35mmLiftsBlackFadesWhiteAndLowersContrast() {
        FloatImage out = run(params("faded-35mm", 1), greyRamp(5));
        float black = Srgb.encode(Srgb.luminance(out.plane(0)[0], out.plane(1)[0], out.plane(2)[0]));
        float quarter = Srgb.encode(Srgb.luminance(out.plane(0)[1], out.plane(1)[1], out.plane(2)[1]));
        float threeQuarter = Srgb.encode(Srgb.luminance(out.plane(0)[3], out.plane(1)[3], out.plane(2)[3]));
        float white = Srgb.encode(Srgb.luminance(out.plane(0)[4], out.plane(1)[4], out.plane(2)[4]));
        assertTrue(black > 0.06f, "black lifted: " + black);
        assertTrue(white < 0.94f, "white faded: " + white);
        assertTrue(threeQuarter - quarter < 0.45f, "lower contrast: " + (threeQuarter - quarter));
        // Portra is the default and keeps a near-true black in comparison.
        FloatImage portra = run(params("portra-400", 1), greyRamp(5));
        assertTrue(Srgb.encode(portra.plane(1)[0]) < black);
    }

    @Test
    void lutParamReplacesTheStockViaFileResources() throws IOException {
        StringBuilder cube = new StringBuilder("TITLE \"swap red and blue\"\nLUT_3D_SIZE 2\n");
        for (int b = 0; b < 2; b++) for (int g = 0; g < 2; g++) for (int r = 0; r < 2; r++) {
            cube.append(String.format(Locale.ROOT, "%d %d %d%n", b, g, r));
        }
        Files.writeString(dir.resolve("swap.cube"), cube);
        Params p = params("tri-x-400", 1).with("lut", "swap.cube");
        FloatImage src = new FloatImage(1, 1);
        src.fill(0.5f, 0.2f, 0.05f);
        FloatImage dst = new FloatImage(src.bounds());
        OP.prepare(p, new FileResources(dir)).apply(src, dst, CTX);
        assertEquals(0.05f, dst.plane(0)[0], 2e-3f);
        assertEquals(0.2f, dst.plane(1)[0], 2e-3f);
        assertEquals(0.5f, dst.plane(2)[0], 2e-3f);
    }

    @Test
    void halfStrengthBlendsInLinearLight() {
        FloatImage src = new FloatImage(1, 1);
        src.fill(0.3f, 0.2f, 0.1f);
        FloatImage full = run(params("ektar-100", 1), src);
        FloatImage half = run(params("ektar-100", 0.5), src);
        for (int c = 0; c < 3; c++) {
            assertEquals((src.plane(c)[0] + full.plane(c)[0]) / 2, half.plane(c)[0], 1e-6f);
        }
    }

    @Test
    void bakedLutMatchesTheModel() {
        // The baked LUT must stand in for the model without a visible difference.
        for (Stock s : Stock.values()) {
            Lut3D lut = StockLuts.of(s);
            Random rnd = new Random(2);
            double[] exact = new double[3];
            float[] baked = new float[3];
            double max = 0;
            for (int i = 0; i < 3000; i++) {
                float r = rnd.nextFloat(), g = rnd.nextFloat(), b = rnd.nextFloat();
                s.model().render(Srgb.decodeExact(r), Srgb.decodeExact(g), Srgb.decodeExact(b), exact);
                lut.lookup(r, g, b, baked);
                max = Math.max(max, dev.patina.image.ColorScience.deltaE2000(
                    dev.patina.image.ColorScience.encodedSrgbToLab(exact[0], exact[1], exact[2]),
                    dev.patina.image.ColorScience.encodedSrgbToLab(baked[0], baked[1], baked[2])));
            }
            assertTrue(max < 1.0, s.id() + " baked LUT max ΔE " + max);
        }
    }
}
