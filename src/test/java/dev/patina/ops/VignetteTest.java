package dev.patina.ops;

import dev.patina.image.FloatImage;
import dev.patina.ops.vignette.VignetteOp;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VignetteTest {
    private static FloatImage apply(FloatImage src, double amount, double feather, double highlights) {
        var p = new VignetteOp().schema().defaults().with("amount", amount).with("feather", feather)
            .with("highlights", highlights).with("midpoint", 0.3);
        OpKernel k = new VignetteOp().prepare(p, Resources.NONE);
        FloatImage out = new FloatImage(src.bounds());
        k.apply(src, out, new RenderContext(src.width(), src.height(), 1, 1));
        return out;
    }

    @Test
    void darkensMonotonicallyFromCentreToCornerAndLeavesTheCentre() {
        FloatImage grey = TestImages.uniform(600, 400, 0.18f, 0.18f, 0.18f);
        FloatImage out = apply(grey, -0.7, 1, 0);
        float prev = Float.MAX_VALUE;
        for (int i = 0; i <= 100; i++) {
            int x = 300 + (int) Math.round(i * 2.99), y = 200 + (int) Math.round(i * 1.99);
            float v = out.plane(1)[out.index(x, y)];
            assertTrue(v <= prev + 1e-6f, "monotonic at step " + i);
            prev = v;
        }
        assertEquals(0.18f, out.plane(1)[out.index(300, 200)], 1e-4);
        assertTrue(out.plane(1)[out.index(599, 399)] < 0.18f * 0.5, "corner at least a stop darker");
    }

    @Test
    void fullFeatherFollowsTheCosFourthLawOfARealLens() {
        FloatImage grey = TestImages.uniform(601, 401, 0.5f, 0.5f, 0.5f);
        var p = new VignetteOp().schema().defaults().with("amount", -0.5).with("feather", 1.0)
            .with("midpoint", 0.0).with("roundness", 1.0).with("highlights", 0.0);
        FloatImage out = new FloatImage(grey.bounds());
        new VignetteOp().prepare(p, Resources.NONE).apply(grey, out, new RenderContext(601, 401, 1, 1));
        // At amount -0.5 the gain is the natural vignetting of a lens, cos⁴θ, whose off-axis
        // angle has tanθ = e, the effect the feather ramp gives: at midpoint 0 and full feather
        // e = smoothstep(d / 1.2) for the normalised radius d (1 at the corners). cos²θ (or any
        // other power) misses by far: 0.54 instead of 0.29 at the corner.
        for (double d : new double[] {0.25, 0.5, 0.75, 1.0}) {
            int x = (int) Math.round(300 + d * 300), y = (int) Math.round(200 + d * 200);
            double dd = Math.hypot(x + 0.5 - 300.5, y + 0.5 - 200.5) / Math.hypot(300.5, 200.5);
            double t = Math.min(1, dd / 1.2), e = t * t * (3 - 2 * t);
            double cos2 = 1 / (1 + e * e);
            float gain = out.plane(0)[out.index(x, y)] / 0.5f;
            assertEquals(cos2 * cos2, gain, 0.01, "gain at d = " + d);
        }
    }

    @Test
    void keepsColourRatiosInLinearLight() {
        FloatImage c = TestImages.uniform(200, 100, 0.4f, 0.2f, 0.1f);
        FloatImage out = apply(c, -0.8, 0.5, 0);
        int i = out.index(5, 5);
        assertEquals(0.5, out.plane(1)[i] / out.plane(0)[i], 1e-4);
        assertEquals(0.25, out.plane(2)[i] / out.plane(0)[i], 1e-4);
    }

    @Test
    void highlightProtectionKeepsBrightCornersBrighter() {
        FloatImage bright = TestImages.uniform(300, 200, 0.9f, 0.9f, 0.9f);
        float plain = apply(bright, -0.8, 0.5, 0).plane(0)[0];
        float protectedCorner = apply(bright, -0.8, 0.5, 1).plane(0)[0];
        assertTrue(protectedCorner > plain * 1.3, plain + " vs " + protectedCorner);
    }

    @Test
    void positiveAmountLightensTowardsWhiteWithoutExceedingIt() {
        FloatImage grey = TestImages.uniform(300, 200, 0.5f, 0.5f, 0.5f);
        FloatImage out = apply(grey, 1, 0.5, 0);
        float corner = out.plane(0)[0];
        assertTrue(corner > 0.5f && corner <= 1f, "corner " + corner);
    }
}
