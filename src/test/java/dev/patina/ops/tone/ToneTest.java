package dev.patina.ops.tone;

import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ToneTest {
    private static final ToneOp OP = new ToneOp();

    private static Params p(String name, double v) { return OP.schema().defaults().with(name, v); }

    private static FloatImage apply(Params p, FloatImage src) {
        FloatImage out = new FloatImage(src.bounds());
        OP.prepare(p, Resources.NONE).apply(src, out, new RenderContext(src.width(), src.height(), 1, 1));
        return out;
    }

    private static ToneKernel kernel(Params p) { return (ToneKernel) OP.prepare(p, Resources.NONE); }

    /** A grey ramp 0..2 in linear light (past white, as a bright highlight is). */
    private static FloatImage ramp() {
        FloatImage img = new FloatImage(256, 1);
        for (int i = 0; i < 256; i++) for (int c = 0; c < 3; c++) img.plane(c)[i] = i / 127.5f;
        return img;
    }

    @Test
    void neutralAtItsDefaults() {
        assertThat(OP.prepare(OP.schema().defaults(), Resources.NONE).isIdentity()).isTrue();
    }

    @Test
    void exposureIsStopsOfLinearLight() {
        FloatImage grey = TestImages.uniform(8, 8, 0.1f, 0.2f, 0.05f);
        FloatImage up = apply(p("exposure", 1.0), grey);
        assertThat(up.plane(0)[0]).isCloseTo(0.2f, within(1e-3f));
        assertThat(up.plane(1)[0]).isCloseTo(0.4f, within(2e-3f));
        FloatImage down = apply(p("exposure", -2.0), grey);
        assertThat(down.plane(2)[0]).isCloseTo(0.0125f, within(1e-4f));
    }

    @Test
    void everyToneCurveIsMonotoneAtEveryExtreme() {
        String[] names = {"contrast", "highlights", "shadows", "whites", "blacks"};
        for (String n : names) {
            for (double v : new double[] {-1, 1}) {
                ToneKernel k = kernel(p(n, v));
                double prev = -1;
                for (int i = 0; i <= 2000; i++) {
                    double y = k.toneCurve(i / 1000.0);
                    assertThat(y).as("%s=%s at %s", n, v, i / 1000.0).isGreaterThanOrEqualTo(prev - 1e-12);
                    prev = y;
                }
            }
        }
    }

    @Test
    void contrastPivotsAboutMiddleGreyAndSpreadsTheTones() {
        ToneKernel k = kernel(p("contrast", 1.0));
        assertThat(k.toneCurve(0.18)).isCloseTo(0.18, within(1e-6));
        assertThat(k.toneCurve(0.05)).isLessThan(0.05);
        assertThat(k.toneCurve(0.6)).isGreaterThan(0.6);
        ToneKernel flat = kernel(p("contrast", -1.0));
        assertThat(flat.toneCurve(0.05)).isGreaterThan(0.05);
    }

    @Test
    void highlightsLeaveTheShadowsAndShadowsLeaveTheHighlights() {
        ToneKernel hi = kernel(p("highlights", -1.0)), sh = kernel(p("shadows", 1.0));
        // Encoded tones: a deep shadow (0.1) and a bright highlight (0.9).
        double dark = Srgb.decodeExact(0.1), bright = Srgb.decodeExact(0.9);
        assertThat(Srgb.encodeExact(hi.toneCurve(bright))).isLessThan(0.9 - 0.05);
        assertThat(Srgb.encodeExact(hi.toneCurve(dark))).isCloseTo(0.1, within(0.01));
        assertThat(Srgb.encodeExact(sh.toneCurve(dark))).isGreaterThan(0.1 + 0.05);
        assertThat(Srgb.encodeExact(sh.toneCurve(bright))).isCloseTo(0.9, within(0.01));
    }

    @Test
    void tonesKeepHueSaturationAtMinusOneIsGreyOfTheSameLuminance() {
        FloatImage colour = TestImages.uniform(4, 4, 0.5f, 0.2f, 0.1f);
        FloatImage bright = apply(p("highlights", -0.8).with("contrast", 0.5), colour);
        float r = bright.plane(0)[0], g = bright.plane(1)[0], b = bright.plane(2)[0];
        assertThat(r / g).isCloseTo(0.5f / 0.2f, within(1e-3f));
        assertThat(g / b).isCloseTo(0.2f / 0.1f, within(1e-3f));
        FloatImage bw = apply(p("saturation", -1.0), colour);
        assertThat(bw.plane(0)[0]).isCloseTo(bw.plane(1)[0], within(1e-6f)).isCloseTo(bw.plane(2)[0], within(1e-6f));
        assertThat(bw.plane(0)[0]).isCloseTo(Srgb.luminance(0.5f, 0.2f, 0.1f), within(1e-5f));
    }

    @Test
    void vibranceMovesMutedColoursMoreThanSaturatedOnes() {
        FloatImage muted = TestImages.uniform(2, 2, 0.3f, 0.25f, 0.22f), vivid = TestImages.uniform(2, 2, 0.6f, 0.05f, 0.02f);
        Params v = p("vibrance", 1.0);
        double mutedGain = spread(apply(v, muted)) / spread(muted), vividGain = spread(apply(v, vivid)) / spread(vivid);
        assertThat(mutedGain).isGreaterThan(vividGain + 0.3);
    }

    @Test
    void warmerWhiteBalanceRaisesRedLowersBlueAndKeepsGreyBrightness() {
        FloatImage grey = TestImages.uniform(2, 2, 0.18f, 0.18f, 0.18f);
        FloatImage warm = apply(p("temperature", 0.5), grey);
        assertThat(warm.plane(0)[0]).isGreaterThan(0.18f);
        assertThat(warm.plane(2)[0]).isLessThan(0.18f);
        assertThat(Srgb.luminance(warm.plane(0)[0], warm.plane(1)[0], warm.plane(2)[0])).isCloseTo(0.18f, within(1e-3f));
    }

    @Test
    void highlightsPastWhiteAreNotClipped() {
        FloatImage out = apply(p("exposure", -1.0), ramp());
        assertThat(out.plane(1)[255]).isCloseTo(1.0f, within(0.01f));
    }

    private static double spread(FloatImage img) {
        float r = img.plane(0)[0], g = img.plane(1)[0], b = img.plane(2)[0];
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
    }
}
