package dev.patina.ops.depth;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Params;
import dev.patina.image.DepthMap;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Resample;
import dev.patina.image.Srgb;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.Resources;
import dev.patina.render.CancelToken;
import dev.patina.render.ProgressListener;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A preview at scale 1/4 looks like the full render made smaller: discs, shading and shadows scale with the image. */
class DepthLayersScaleTest {
    static final int W = 1200, H = 800;

    private static FloatImage render(FloatImage img, Params p, Resources res, double scale) {
        Document doc = TestImages.emptyDoc().withLayers(List.of(Layer.of("x", p)));
        try (TileRenderer r = new TileRenderer(2, 256, 0)) {
            return r.render(RenderRequest.whole(doc, new Pyramid(img), res, scale), ProgressListener.NONE, new CancelToken());
        }
    }

    /** Mean absolute difference in 8-bit levels between the quarter render and the full render reduced. */
    private static double quarterVersusReducedFull(FloatImage img, Params p, Resources res) {
        FloatImage full = render(img, p, res, 1), quarter = render(img, p, res, 0.25);
        FloatImage reduced = Resample.half(Resample.half(full));
        reduced = Resample.area(reduced, quarter.width(), quarter.height());
        double sum = 0;
        int n = 0;
        for (int c = 0; c < 3; c++) for (int i = 0; i < quarter.plane(c).length; i++) {
            sum += Math.abs(Srgb.encode(quarter.plane(c)[i]) - Srgb.encode(reduced.plane(c)[i])) * 255;
            n++;
        }
        return sum / n;
    }

    private static DepthMap slantedScene() {
        // A subject disc at 2 m in front of a floor rising from 1 m (bottom) to 10 m (top).
        float[] v = new float[W * H];
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) {
            double floor = 10 - 9.0 * y / H;
            boolean subject = Math.hypot(x - W / 2.0, y - H / 2.0) < H / 4.5;
            v[y * W + x] = DepthScenes.valueFor(subject ? 2 : floor);
        }
        return new DepthMap(W, H, v);
    }

    @Test
    void depthOfFieldAtQuarterScaleMatchesTheFullRenderReduced() {
        FloatImage img = TestImages.scene(W, H, 4);
        Params p = OpRegistry.require("depth-of-field").schema().defaults().with("depth", "s.pfm").with("depthMode", "near-black")
            .with("focus", new dev.patina.doc.ImagePoint(0.5, 0.5)).with("fNumber", 2.0).with("focalLength", 85.0);
        double d = quarterVersusReducedFull(img, p, DepthScenes.serving(slantedScene()));
        System.out.printf("depth of field: quarter render vs reduced full render, mean %.2f levels%n", d);
        assertTrue(d < 2.5, "mean difference " + d);
    }

    @Test
    void relightAtQuarterScaleMatchesTheFullRenderReduced() {
        FloatImage img = TestImages.scene(W, H, 4);
        Params p = OpRegistry.require("relight").schema().defaults().with("depth", "s.pfm").with("depthMode", "near-black");
        double d = quarterVersusReducedFull(img, p, DepthScenes.serving(slantedScene()));
        Params noMap = OpRegistry.require("relight").schema().defaults();
        double d2 = quarterVersusReducedFull(img, noMap, Resources.NONE);
        System.out.printf("relight: quarter render vs reduced full render, mean %.2f levels (with map), %.2f (without)%n", d, d2);
        assertTrue(d < 2.5 && d2 < 2.5, "mean differences " + d + ", " + d2);
    }
}
