package dev.patina.ops;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Resample;
import dev.patina.image.Srgb;
import dev.patina.ops.grain.GrainOp;
import dev.patina.render.CancelToken;
import dev.patina.render.ProgressListener;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrainTest {

    private static FloatImage render(FloatImage src, double amount, double size, double colour, double scale) {
        Layer l = Layer.of("grain", new GrainOp().schema().defaults()
            .with("amount", amount).with("size", size).with("colour", colour));
        Document doc = TestImages.emptyDoc().withLayers(List.of(l));
        try (TileRenderer r = new TileRenderer(2, 128, 0)) {
            return r.render(RenderRequest.whole(doc, new Pyramid(src), Resources.NONE, scale), ProgressListener.NONE, new CancelToken());
        }
    }

    private static float[] encoded(FloatImage img, int c) {
        float[] p = img.plane(c).clone();
        for (int i = 0; i < p.length; i++) p[i] = Srgb.encode(p[i]);
        return p;
    }

    @Test
    void grainPreservesTheMeanOfAFlatGrey() {
        FloatImage grey = TestImages.uniform(800, 600, 0.18f, 0.18f, 0.18f);
        FloatImage out = render(grey, 0.6, 1, 0.3, 1);
        for (int c = 0; c < 3; c++) {
            double before = TestImages.mean(encoded(grey, c)), after = TestImages.mean(encoded(out, c));
            assertEquals(before, after, 0.5 / 255, "channel " + c);
            assertTrue(TestImages.std(encoded(out, c)) > 5 / 255.0, "grain is visible");
        }
    }

    @Test
    void grainIsStrongestInTheMidtonesAndFadesAtBlackAndWhite() {
        double[] tones = {0.002, 0.05, 0.18, 0.5, 0.95};
        double[] std = new double[tones.length];
        for (int t = 0; t < tones.length; t++) {
            float v = (float) tones[t];
            std[t] = TestImages.std(encoded(render(TestImages.uniform(400, 300, v, v, v), 0.5, 1, 0, 1), 1));
        }
        assertTrue(std[2] > std[0] * 3 && std[2] > std[4] * 1.5, java.util.Arrays.toString(std));
    }

    @Test
    void neutralGrainAtColourZeroIsTheSameInEveryChannel() {
        FloatImage out = render(TestImages.uniform(300, 200, 0.2f, 0.2f, 0.2f), 0.5, 1, 0, 1);
        for (int i = 0; i < out.plane(0).length; i += 97) {
            assertEquals(out.plane(0)[i], out.plane(1)[i], 1e-6);
            assertEquals(out.plane(0)[i], out.plane(2)[i], 1e-6);
        }
    }

    /**
     * A preview at 1/4 has the grain statistics of the full render downsampled, for images whose
     * grain is finer than a pixel (1 MP AI images) and coarser than a pixel (24 MP photos).
     */
    @ParameterizedTest
    @ValueSource(ints = {1024, 6000})
    void quarterScalePreviewMatchesDownsampledFullRender(int longSide) {
        int w = longSide, h = longSide * 2 / 3;
        // Only a band of the big image is needed for statistics, but grain size depends on the full
        // frame: render a crop of a full-size uniform frame.
        FloatImage grey = TestImages.uniform(w, h, 0.2f, 0.2f, 0.2f);
        FloatImage full = render(grey, 0.5, 1, 0, 1);
        FloatImage down = Resample.area(full, Resample.scaledSize(w, 0.25), Resample.scaledSize(h, 0.25));
        FloatImage preview = render(grey, 0.5, 1, 0, 0.25);
        double sFull = TestImages.std(encoded(down, 1)), sPrev = TestImages.std(encoded(preview, 1));
        assertEquals(1.0, sPrev / sFull, 0.15, "preview σ " + sPrev + " vs downsampled σ " + sFull);
    }

    @Test
    void sameSeedSameGrainOtherSeedOtherGrain() {
        FloatImage grey = TestImages.uniform(200, 100, 0.2f, 0.2f, 0.2f);
        Layer l = Layer.of("grain", new GrainOp().schema().defaults());
        Document a = TestImages.emptyDoc().withLayers(List.of(l));
        try (TileRenderer r = new TileRenderer(1, 64, 0)) {
            Pyramid p = new Pyramid(grey);
            FloatImage x = r.render(RenderRequest.whole(a, p, Resources.NONE, 1), ProgressListener.NONE, new CancelToken());
            FloatImage y = r.render(RenderRequest.whole(a, p, Resources.NONE, 1), ProgressListener.NONE, new CancelToken());
            FloatImage z = r.render(RenderRequest.whole(a.withSeed(12345), p, Resources.NONE, 1), ProgressListener.NONE, new CancelToken());
            assertTrue(x.sameAs(y));
            assertTrue(!x.sameAs(z));
        }
    }

    /** Colour sets how independent the channels' grain is: correlation 1 - colour, same strength. */
    @Test
    void colourControlsChannelCorrelation() {
        FloatImage grey = TestImages.uniform(600, 400, 0.2f, 0.2f, 0.2f);
        for (double colour : new double[] {0.3, 1.0}) {
            FloatImage out = render(grey, 0.5, 1, colour, 1);
            float[] r = encoded(out, 0), g = encoded(out, 1);
            double mr = TestImages.mean(r), mg = TestImages.mean(g), c = 0;
            for (int i = 0; i < r.length; i++) c += (r[i] - mr) * (g[i] - mg);
            double corr = c / r.length / (TestImages.std(r) * TestImages.std(g));
            assertEquals(1 - colour, corr, 0.05, "colour " + colour);
        }
    }
}
