package dev.patina.ops.skin;

import dev.patina.image.Plane;
import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkinTextureTest {

    private static FloatImage apply(FloatImage src, double texture) {
        SkinRetouchOp op = new SkinRetouchOp();
        var p = op.schema().defaults().with("evenness", 0.0).with("blemish", 0.0).with("texture", texture);
        OpKernel k = op.prepare(p, Resources.NONE);
        RenderContext ctx = new RenderContext(src.width(), src.height(), 1, 3);
        FloatImage out = new FloatImage(src.bounds());
        k.apply(src.extendedTo(src.bounds().expand(k.halo(ctx))), out, ctx);
        return out;
    }

    /** Plastic skin (no pores) gets energy in the 1-4 px band; darker skin gets less (soft light). */
    @Test
    void addsPoreTextureModulatedByLightness() {
        int n = 512;
        FloatImage plastic = SkinImages.skin(n, n, 12, 0f);
        float[] before = SkinImages.lightness(plastic), after = SkinImages.lightness(apply(plastic, 1));
        double added = SkinImages.bandVariance(after, n, n, 1, 4) - SkinImages.bandVariance(before, n, n, 1, 4);
        assertTrue(added > 0.3, "1-4 px band variance added: " + added);

        double mid = addedStd(68f), dark = addedStd(30f);
        double expected = (0.30 * 0.70) / (0.68 * 0.32);
        System.out.printf("texture std at L* 68: %.2f, at L* 30: %.2f (ratio %.2f, soft-light law %.2f)%n", mid, dark, dark / mid, expected);
        assertEquals(expected, dark / mid, 0.15);
    }

    private static double addedStd(float lightness) {
        int n = 256;
        float[] l = new float[n * n], a = new float[n * n], b = new float[n * n];
        java.util.Arrays.fill(l, lightness);
        java.util.Arrays.fill(a, 12f);
        java.util.Arrays.fill(b, 16f);
        FloatImage flat = SkinImages.fromLab(n, n, l, a, b);
        float[] after = SkinImages.lightness(apply(flat, 1));
        return TestImages.std(after);
    }

    /** The field over any rect equals the same pixels of the field over a larger rect, in both regimes. */
    @Test
    void poreFieldDoesNotDependOnTheTile() {
        for (double scale : new double[] {1, 0.25}) {
            RenderContext ctx = new RenderContext(4000, 3000, scale, 9);
            double cell = 3.0; // full-resolution pixels: smooth at scale 1, white at 1/4
            Rect big = new Rect(10, 20, 300, 200), small = new Rect(77, 61, 41, 33);
            Plane whole = PoreTexture.field(big, ctx, cell), part = PoreTexture.field(small, ctx, cell);
            float[] expect = new float[(int) small.area()];
            for (int y = 0; y < small.height(); y++) for (int x = 0; x < small.width(); x++) {
                expect[y * small.width() + x] = whole.at(small.x() + x, small.y() + y);
            }
            assertArrayEquals(expect, part.v, "scale " + scale);
            assertEquals(1, TestImages.std(whole.v), scale == 1 ? 0.15 : 1.0, "unit variance where smooth");
        }
    }
}
