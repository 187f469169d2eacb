package dev.patina.ops;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import dev.patina.ops.clarity.ClarityOp;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClarityTest {
    private static FloatImage apply(FloatImage src, double amount) {
        var p = new ClarityOp().schema().defaults().with("amount", amount);
        OpKernel k = new ClarityOp().prepare(p, Resources.NONE);
        RenderContext ctx = new RenderContext(src.width(), src.height(), 1, 1);
        FloatImage in = src.extendedTo(src.bounds().expand(k.halo(ctx)));
        FloatImage out = new FloatImage(src.bounds());
        k.apply(in, out, ctx);
        return out;
    }

    /** Mid-grey with soft, low-contrast texture (blurred noise): the micro-contrast clarity works on. */
    private static FloatImage texture(int w, int h) {
        Random rnd = new Random(5);
        float[] n = new float[w * h];
        for (int i = 0; i < n.length; i++) n[i] = (float) rnd.nextGaussian();
        float[] s = new float[w * h];
        for (int y = 2; y < h - 2; y++) for (int x = 2; x < w - 2; x++) {
            float a = 0;
            for (int j = -2; j <= 2; j++) for (int i = -2; i <= 2; i++) a += n[(y + j) * w + x + i];
            s[y * w + x] = a / 25f;
        }
        FloatImage img = new FloatImage(w, h);
        for (int i = 0; i < s.length; i++) {
            float v = Srgb.decode(0.5f + 0.05f * s[i]);
            img.plane(0)[i] = v; img.plane(1)[i] = v; img.plane(2)[i] = v;
        }
        return img;
    }

    private static double encodedStd(FloatImage img, int margin) {
        double s = 0, s2 = 0;
        int n = 0;
        for (int y = margin; y < img.height() - margin; y++) for (int x = margin; x < img.width() - margin; x++) {
            double v = Srgb.encode(img.plane(1)[img.index(x, y)]);
            s += v; s2 += v * v; n++;
        }
        double m = s / n;
        return Math.sqrt(s2 / n - m * m);
    }

    @Test
    void positiveAddsAndNegativeRemovesLocalContrast() {
        FloatImage tex = texture(400, 300);
        double before = encodedStd(tex, 10);
        double more = encodedStd(apply(tex, 0.8), 10), less = encodedStd(apply(tex, -0.8), 10);
        assertTrue(more > before * 1.2, "clarity +0.8: " + before + " -> " + more);
        assertTrue(less < before * 0.8, "clarity -0.8: " + before + " -> " + less);
    }

    @Test
    void aStrongEdgeGetsNoHalo() {
        int w = 400, h = 100;
        FloatImage step = new FloatImage(w, h);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            float v = x < w / 2 ? Srgb.decode(0.25f) : Srgb.decode(0.75f);
            int i = y * w + x;
            step.plane(0)[i] = v; step.plane(1)[i] = v; step.plane(2)[i] = v;
        }
        FloatImage out = apply(step, 1.0);
        for (int x = 0; x < w; x++) {
            float before = Srgb.encode(step.plane(1)[step.index(x, 50)]);
            float after = Srgb.encode(out.plane(1)[out.index(x, 50)]);
            assertEquals(before, after, 3.0 / 255, "overshoot at x=" + x);
        }
    }

    @Test
    void keepsHueOfColouredPixels() {
        FloatImage tex = texture(200, 150);
        for (int i = 0; i < tex.plane(0).length; i++) { tex.plane(0)[i] *= 1.5f; tex.plane(2)[i] *= 0.5f; }
        FloatImage out = apply(tex, 0.7);
        int i = out.index(100, 75);
        assertEquals(tex.plane(0)[i] / tex.plane(1)[i], out.plane(0)[i] / out.plane(1)[i], 1e-4);
        assertEquals(tex.plane(2)[i] / tex.plane(1)[i], out.plane(2)[i] / out.plane(1)[i], 1e-4);
    }
}
