package dev.patina.ops.dof;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Params;
import dev.patina.image.DepthMap;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Srgb;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import dev.patina.ops.depth.DepthScenes;
import dev.patina.render.CancelToken;
import dev.patina.render.ProgressListener;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepthOfFieldTest {
    static final int W = 600, H = 400;
    static final double FOCUS = 2, BACK = 6;
    static final float BG = 0.02f, POINT = 20f;
    static final int[][] POINTS = {{200, 100}, {400, 100}, {200, 300}, {400, 300}, {300, 200}};

    private static Params params(double focusX, double focusY) {
        return new DepthOfFieldOp().schema().defaults().with("depth", "scene.pfm").with("depthMode", "near-black")
            .with("fNumber", 1.4).with("focalLength", 85.0).with("focus", new dev.patina.doc.ImagePoint(focusX, focusY));
    }

    /** Expected CoC diameter in full-resolution pixels from the formula. */
    private static double expectedCoc(double d, double s, double widthPx) {
        double f = 0.085, n = 1.4;
        double cMm = (85 / n) * Math.abs(d - s) / d * f / (s - f);
        return cMm * widthPx / 36;
    }

    /** A dark plane at BACK with bright points, and a grey strip at FOCUS on the left (the focus target). */
    private static FloatImage pointsScene() {
        FloatImage img = TestImages.uniform(W, H, BG, BG, BG);
        for (int y = 0; y < H; y++) for (int x = 0; x < 80; x++) for (int c = 0; c < 3; c++) img.plane(c)[y * W + x] = 0.3f;
        for (int[] p : POINTS) for (int c = 0; c < 3; c++) img.plane(c)[p[1] * W + p[0]] = POINT;
        return img;
    }

    private static DepthMap pointsDepth() {
        return pointsDepth(FOCUS);
    }

    private static DepthMap pointsDepth(double focus) {
        float[] v = new float[W * H];
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) v[y * W + x] = DepthScenes.valueFor(x < 80 ? focus : BACK);
        return new DepthMap(W, H, v);
    }

    private static FloatImage render(FloatImage img, DepthMap map, Params p, double scale, int tile) {
        Document doc = TestImages.emptyDoc().withLayers(List.of(Layer.of("dof", p)));
        try (TileRenderer r = new TileRenderer(2, tile, 0)) {
            return r.render(RenderRequest.whole(doc, new Pyramid(img), DepthScenes.serving(map), scale), ProgressListener.NONE, new CancelToken());
        }
    }

    /** Width of the disc around (cx, cy): the run of pixels brighter than half its plateau above the background. */
    private static int halfMaxWidth(FloatImage img, int cx, int cy, float bg, boolean horizontal) {
        float[] g = img.plane(1);
        float half = 0.5f * (g[img.index(cx, cy)] - bg);
        int n = 1;
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int t = 1; ; t++) {
                int x = horizontal ? cx + dir * t : cx, y = horizontal ? cy : cy + dir * t;
                if (!img.bounds().contains(x, y) || g[img.index(x, y)] - bg <= half) break;
                n++;
            }
        }
        return n;
    }

    @Test
    void pointsBecomeDiscsOfTheThinLensDiameterAtFullAndQuarterScale() {
        FloatImage img = pointsScene();
        DepthMap map = pointsDepth();
        Params p = params(40.0 / W, 0.5);
        for (double scale : new double[] {1, 0.25}) {
            FloatImage out = render(img, map, p, scale, 128);
            double expected = expectedCoc(BACK, FOCUS, W * scale);
            for (int[] pt : POINTS) {
                int cx = (int) (pt[0] * scale), cy = (int) (pt[1] * scale);
                float bg = out.plane(1)[out.index(cx, Math.max(0, cy - (int) expected))];
                bg = Math.min(bg, BG);
                int wh = halfMaxWidth(out, cx, cy, BG, true), wv = halfMaxWidth(out, cx, cy, BG, false);
                System.out.printf("scale %.2f point %d,%d: disc %d x %d px, formula %.2f px%n", scale, pt[0], pt[1], wh, wv, expected);
                assertEquals(expected, wh, 1.0, "horizontal diameter at scale " + scale);
                assertEquals(expected, wv, 1.0, "vertical diameter at scale " + scale);
            }
        }
    }

    @Test
    void largeDiscsDrawnAtReducedSizeKeepTheirDiameterAndEnergy() {
        double focus = 1.2;
        double expected = expectedCoc(BACK, focus, W);
        assertTrue(LayeredBokeh.reduction((float) expected) > 1, "this disc is drawn at reduced size");
        FloatImage out = render(pointsScene(), pointsDepth(focus), params(40.0 / W, 0.5), 1, 4096);
        int r = (int) Math.ceil(expected / 2) + 3;
        for (int[] pt : POINTS) {
            int wh = halfMaxWidth(out, pt[0], pt[1], BG, true), wv = halfMaxWidth(out, pt[0], pt[1], BG, false);
            double e = 0;
            for (int y = pt[1] - r; y <= pt[1] + r; y++) for (int x = pt[0] - r; x <= pt[0] + r; x++) e += out.plane(0)[y * W + x] - BG;
            System.out.printf("large disc at %d,%d: %d x %d px, formula %.2f px, energy %.4f%n", pt[0], pt[1], wh, wv, expected, e / (POINT - BG));
            assertEquals(expected, wh, 1.0);
            assertEquals(expected, wv, 1.0);
            assertEquals(1, e / (POINT - BG), 0.02);
        }
    }

    @Test
    void highlightEnergyIsKept() {
        FloatImage img = pointsScene();
        FloatImage out = render(img, pointsDepth(), params(40.0 / W, 0.5), 1, 4096);
        int r = (int) Math.ceil(expectedCoc(BACK, FOCUS, W) / 2) + 3;
        for (int[] pt : POINTS) {
            double e = 0;
            for (int y = pt[1] - r; y <= pt[1] + r; y++) for (int x = pt[0] - r; x <= pt[0] + r; x++) e += out.plane(0)[y * W + x] - BG;
            double ratio = e / (POINT - BG);
            System.out.printf("energy of point %d,%d: %.4f of the original%n", pt[0], pt[1], ratio);
            assertEquals(1, ratio, 0.02);
        }
    }

    /** Left half: textured dark subject at the focus distance; right half: bright textured wall far behind. */
    private static FloatImage edgeScene(float subject, float wall) {
        FloatImage img = new FloatImage(W, H);
        Random rnd = new Random(5);
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) {
            float base = x < W / 2 ? subject : wall;
            float t = 1 + 0.3f * (float) rnd.nextGaussian();
            img.plane(0)[y * W + x] = Math.max(0, base * t);
            img.plane(1)[y * W + x] = Math.max(0, base * 0.8f * t);
            img.plane(2)[y * W + x] = Math.max(0, base * 0.6f * t);
        }
        return img;
    }

    private static DepthMap edgeDepth(double left, double right) {
        float[] v = new float[W * H];
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) v[y * W + x] = DepthScenes.valueFor(x < W / 2 ? left : right);
        return new DepthMap(W, H, v);
    }

    private static int levelChange(FloatImage a, FloatImage b, int x, int y) {
        int worst = 0;
        for (int c = 0; c < 3; c++) {
            int i = a.index(x, y);
            int la = Math.round(Srgb.encode(a.plane(c)[i]) * 255), lb = Math.round(Srgb.encode(b.plane(c)[i]) * 255);
            worst = Math.max(worst, Math.abs(la - lb));
        }
        return worst;
    }

    @Test
    void focalPlaneAndItsSharpEdgeOverABlurredBackgroundKeepTheirPixels() {
        FloatImage img = edgeScene(0.05f, 0.8f);
        FloatImage out = render(img, edgeDepth(FOCUS, 8), params(0.25, 0.5), 1, 4096);
        int worst = 0, worstAtEdge = 0;
        for (int y = 0; y < H; y++) for (int x = 0; x < W / 2; x++) {
            int d = levelChange(img, out, x, y);
            worst = Math.max(worst, d);
            if (x >= W / 2 - 3) worstAtEdge = Math.max(worstAtEdge, d);
        }
        System.out.println("focal plane: worst change " + worst + " levels, within 3 px of the depth edge " + worstAtEdge);
        assertTrue(worst <= 1, "focal-plane pixels change by at most one 8-bit level: " + worst);
        // The wall next to the edge is blurred wall, not darkened by the subject's colour.
        double wallMean = 0, nextToEdge = 0;
        for (int y = 50; y < H - 50; y++) {
            wallMean += out.plane(1)[y * W + W - 60];
            nextToEdge += out.plane(1)[y * W + W / 2 + 1];
        }
        System.out.printf("wall next to the subject %.4f vs wall far from it %.4f%n", nextToEdge / (H - 100), wallMean / (H - 100));
        assertEquals(1, nextToEdge / wallMean, 0.03, "no dark halo and no subject colour in the background");
        assertTrue(!out.crop(new dev.patina.image.Rect(W / 2 + 20, 0, 100, H)).sameAs(img.crop(new dev.patina.image.Rect(W / 2 + 20, 0, 100, H))));
    }

    @Test
    void blurredForegroundSpreadsOverASharpBackground() {
        FloatImage img = edgeScene(0.8f, 0.05f);
        FloatImage out = render(img, edgeDepth(0.8, 3), params(0.75, 0.5), 1, 4096);
        double c = expectedCoc(0.8, 3, W);
        // Background beyond the foreground's disc stays sharp; right next to the edge it is veiled by the foreground.
        int far = (int) Math.ceil(W / 2 + c / 2 + 2);
        int worst = 0;
        for (int y = 0; y < H; y++) for (int x = far; x < W; x++) worst = Math.max(worst, levelChange(img, out, x, y));
        assertTrue(worst <= 1, "sharp background beyond the blur: " + worst);
        double veil = 0;
        for (int y = 50; y < H - 50; y++) veil += out.plane(0)[y * W + W / 2 + 2] - img.plane(0)[y * W + W / 2 + 2];
        assertTrue(veil / (H - 100) > 0.1, "the bright foreground spreads over the edge: " + veil / (H - 100));
    }

    @Test
    void discGrowsWithTheCocFormulaAsTheLensChanges() {
        RenderContext ctx = new RenderContext(W, H, 1, 0);
        ThinLens lens = new ThinLens(50, 2, 3);
        assertEquals(expectedCocGeneric(50, 2, 3, 10, W), Math.abs(lens.signedCocPx(0.1f, W)), 1e-3);
        assertTrue(lens.signedCocPx(0.1f, W) > 0, "behind the focus is positive");
        assertTrue(lens.signedCocPx(1f, W) < 0, "in front is negative");
        assertTrue(ctx.scale() == 1);
    }

    private static double expectedCocGeneric(double fMm, double n, double s, double d, double widthPx) {
        double f = fMm / 1000;
        return (fMm / n) * Math.abs(d - s) / d * f / (s - f) * widthPx / 36;
    }

    @Test
    void tiledEqualsWholeWithADepthMap() {
        FloatImage img = edgeScene(0.05f, 0.8f);
        DepthMap map = edgeDepth(FOCUS, 8);
        Params p = params(0.25, 0.5);
        for (double scale : new double[] {1, 0.37}) {
            assertTrue(render(img, map, p, scale, 4096).sameAs(render(img, map, p, scale, 37)), "scale " + scale);
        }
    }

    @Test
    void aCancelledRenderStops() {
        FloatImage img = pointsScene();
        var kernel = new DepthOfFieldOp().prepare(params(40.0 / W, 0.5), DepthScenes.serving(pointsDepth()));
        RenderContext cancelled = new RenderContext(W, H, 1, 0, () -> true);
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
            () -> kernel.apply(img, new FloatImage(img.bounds()), cancelled));
    }

    @Test
    void polygonalApertureKeepsEnergy() {
        Aperture round = new Aperture(0), hex = new Aperture(6);
        for (float d : new float[] {0.5f, 1f, 3.3f, 17.9f, 60f}) {
            for (Aperture a : new Aperture[] {round, hex}) {
                Aperture.Table t = a.table(d);
                double sum = 0;
                for (int i = 0; i < t.first.length; i++) {
                    // Coverage of the row: wFirst + (last − first − 1) + wLast, or the single-pixel case.
                    sum += t.rowWeight[i] * (t.last[i] == t.first[i] ? t.wFirst[i] + t.wLast[i] - 1 : t.wFirst[i] + (t.last[i] - t.first[i] - 1) + t.wLast[i]);
                }
                assertEquals(1, sum * t.norm, 1e-4, "weights sum to one at diameter " + d);
            }
        }
    }
}
