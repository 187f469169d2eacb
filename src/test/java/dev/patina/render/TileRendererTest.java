package dev.patina.render;

import dev.patina.doc.BlendMode;
import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.ParamSchema;
import dev.patina.doc.ParamSpec;
import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Rect;
import dev.patina.ops.Locality;
import dev.patina.doc.params.Num;
import dev.patina.ops.Op;
import dev.patina.ops.TypedOp;
import dev.patina.ops.OpKernel;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TileRendererTest {
    private final Pyramid source = new Pyramid(TestImages.scene(301, 223, 7));

    private FloatImage render(Document doc, double scale, int threads, int tile) {
        try (TileRenderer r = new TileRenderer(threads, tile, 64 << 20)) {
            return r.render(RenderRequest.whole(doc, source, Resources.NONE, scale), ProgressListener.NONE, new CancelToken());
        }
    }

    @Test
    void tiledRenderEqualsWholeRenderBitForBit() {
        Document doc = TestImages.allLayers();
        assertTrue(doc.layers().size() >= 3, "registry has the engine layers");
        Random rnd = new Random(42);
        for (double scale : new double[] {1, 0.37}) {
            FloatImage whole = render(doc, scale, 1, 4096);
            for (int k = 0; k < 4; k++) {
                int tile = 16 + rnd.nextInt(200);
                FloatImage tiled = render(doc, scale, 1 + k % 2, tile);
                assertTrue(whole.sameAs(tiled), "tile " + tile + " at scale " + scale + " differs from the whole render");
            }
        }
    }

    @Test
    void eachLayerAloneIsTileIndependent() {
        for (Op op : OpRegistry.all()) {
            Document doc = TestImages.emptyDoc().withLayers(List.of(Layer.of("x", op.schema().defaults())));
            assertTrue(render(doc, 1, 1, 4096).sameAs(render(doc, 1, 2, 23)), op.id());
        }
    }

    @Test
    void regionRenderEqualsCropOfWholeRender() {
        Document doc = TestImages.allLayers();
        FloatImage whole = render(doc, 1, 2, 64);
        Rect region = new Rect(50, 40, 120, 90);
        try (TileRenderer r = new TileRenderer(2, 64, 64 << 20)) {
            FloatImage part = r.render(new RenderRequest(doc, source, Resources.NONE, 1, region, true), ProgressListener.NONE, new CancelToken());
            assertTrue(whole.crop(region).sameAs(part));
        }
    }

    @Test
    void editingTheTopLayerReusesTheLayersBelowFromTheCache() {
        CountingOp bottom = new CountingOp("bottom", Locality.NEIGHBOURHOOD), top = new CountingOp("top", Locality.POINT);
        try (TileRenderer r = new TileRenderer(2, 64, 256 << 20, id -> id.equals("bottom") ? bottom : top)) {
            Document doc = TestImages.emptyDoc().withLayers(List.of(
                Layer.of("b", bottom.schema().defaults()), Layer.of("t", top.schema().defaults())));
            RenderRequest req = new RenderRequest(doc, source, Resources.NONE, 1, RenderRequest.scaledBounds(source, 1), true);
            r.render(req, ProgressListener.NONE, new CancelToken());
            int bottomRuns = bottom.runs.get(), topRuns = top.runs.get();
            assertTrue(bottomRuns > 0 && topRuns > 0);
            Document edited = doc.withLayerChanged(doc.layers().get(1).id(), l -> l.withParam("gain", 1.5));
            r.render(new RenderRequest(edited, source, Resources.NONE, 1, req.region(), true), ProgressListener.NONE, new CancelToken());
            assertEquals(bottomRuns, bottom.runs.get(), "bottom layer was re-rendered");
            assertEquals(2 * topRuns, top.runs.get());
        }
    }

    @Test
    void globalOpIsComputedOnceAndTilesAgreeWithWholeRender() {
        CountingOp global = new CountingOp("global", Locality.GLOBAL);
        Document doc = TestImages.emptyDoc().withLayers(List.of(Layer.of("g", global.schema().defaults())));
        FloatImage whole, tiled;
        try (TileRenderer r = new TileRenderer(1, 4096, 0, id -> global)) {
            whole = r.render(RenderRequest.whole(doc, source, Resources.NONE, 1), ProgressListener.NONE, new CancelToken());
        }
        global.runs.set(0);
        try (TileRenderer r = new TileRenderer(2, 32, 0, id -> global)) {
            tiled = r.render(RenderRequest.whole(doc, source, Resources.NONE, 1), ProgressListener.NONE, new CancelToken());
        }
        assertEquals(1, global.runs.get(), "global op ran once for all tiles");
        assertTrue(whole.sameAs(tiled));
        // The global op subtracts the image mean, so the result mean is ~0.
        assertEquals(0, TestImages.mean(tiled.plane(1)), 1e-4);
    }

    @Test
    void cancelledRenderThrowsAndStops() {
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        try (TileRenderer r = new TileRenderer(2, 32, 0)) {
            assertThrows(CancellationException.class, () ->
                r.render(RenderRequest.whole(TestImages.allLayers(), source, Resources.NONE, 1), ProgressListener.NONE, cancel));
        }
    }

    @Test
    void progressCountsEveryTile() {
        AtomicInteger last = new AtomicInteger();
        try (TileRenderer r = new TileRenderer(2, 64, 0)) {
            r.render(RenderRequest.whole(TestImages.allLayers(), source, Resources.NONE, 1), (d, t) -> {
                if (d == t) last.set(t);
            }, new CancelToken());
        }
        assertEquals(5 * 4, last.get()); // 301x223 in 64 px tiles
    }

    @Test
    void opacityMaskAndBlendCombineAdjustedWithBelow() {
        CountingOp gain = new CountingOp("gain", Locality.POINT);
        Layer l = Layer.of("g", gain.schema().defaults().with("gain", 2.0));
        Document full = TestImages.emptyDoc().withLayers(List.of(l));
        Document half = TestImages.emptyDoc().withLayers(List.of(l.withOpacity(0.5)));
        Document masked = TestImages.emptyDoc().withLayers(List.of(l.withMask(new Mask.LinearGradient(0, 0, 1, 0, false))));
        Document multiply = TestImages.emptyDoc().withLayers(List.of(l.withBlend(BlendMode.MULTIPLY)));
        try (TileRenderer r = new TileRenderer(1, 64, 0, id -> gain)) {
            FloatImage src = source.full();
            FloatImage a = r.render(RenderRequest.whole(full, source, Resources.NONE, 1), ProgressListener.NONE, new CancelToken());
            FloatImage b = r.render(RenderRequest.whole(half, source, Resources.NONE, 1), ProgressListener.NONE, new CancelToken());
            FloatImage c = r.render(RenderRequest.whole(masked, source, Resources.NONE, 1), ProgressListener.NONE, new CancelToken());
            FloatImage d = r.render(RenderRequest.whole(multiply, source, Resources.NONE, 1), ProgressListener.NONE, new CancelToken());
            int i = src.index(150, 100);
            float s = src.plane(0)[i];
            assertEquals(2 * s, a.plane(0)[i], 1e-6);
            assertEquals(1.5 * s, b.plane(0)[i], 1e-6);
            assertEquals(s * s * 2, d.plane(0)[i], 1e-5);
            int left = src.index(0, 100), right = src.index(300, 100);
            assertEquals(2 * src.plane(0)[left], c.plane(0)[left], 1e-3 * src.plane(0)[left] + 1e-6);
            assertEquals(src.plane(0)[right], c.plane(0)[right], 1e-3 * src.plane(0)[right] + 1e-6);
        }
    }

    @Test
    void disabledAndZeroOpacityLayersLeaveTheSource() {
        Document doc = TestImages.allLayers();
        Document off = doc.withLayers(doc.layers().stream().map(l -> l.withEnabled(false)).toList());
        assertTrue(render(off, 1, 2, 64).sameAs(source.full()));
        Document zero = doc.withLayers(doc.layers().stream().map(l -> l.withOpacity(0)).toList());
        assertTrue(render(zero, 1, 2, 64).sameAs(source.full()));
        assertFalse(render(doc, 1, 2, 64).sameAs(source.full()));
    }

    /**
     * Two requests for the same document share its global op. When the one computing it is
     * cancelled (superseded by a pan or a new overlay), the other must still finish, computing the
     * op itself, instead of failing as if it had been cancelled too.
     */
    @Test
    void aGlobalSharedWithACancelledRequestIsComputedForTheOneStillWanted() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean release = new java.util.concurrent.atomic.AtomicBoolean();
        CountingOp slow = new CountingOp("slow", Locality.GLOBAL) {
            @Override protected OpKernel kernel(GainParams p, Resources resources) {
                OpKernel inner = super.kernel(p, resources);
                return new OpKernel() {
                    @Override public Locality locality() { return Locality.GLOBAL; }

                    @Override public boolean isIdentity() { return false; }

                    @Override public void apply(FloatImage src, FloatImage dst, RenderContext ctx) {
                        started.countDown();
                        while (!release.get()) {
                            if (ctx.cancelled().getAsBoolean()) throw new CancellationException("cancelled");
                            Thread.onSpinWait();
                        }
                        inner.apply(src, dst, ctx);
                    }
                };
            }
        };
        Document doc = TestImages.emptyDoc().withLayers(List.of(Layer.of("s", slow.schema().defaults())));
        // One tile per request, on a pool large enough for both to run at once.
        try (TileRenderer r = new TileRenderer(4, 4096, 0, id -> slow)) {
            RenderRequest req = RenderRequest.whole(doc, source, Resources.NONE, 1);
            FloatImage[] out = new FloatImage[1];
            RenderJob first = r.submit(req, 0, 0, t -> { }, ProgressListener.NONE, new CancelToken());
            assertTrue(started.await(10, java.util.concurrent.TimeUnit.SECONDS));
            RenderJob second = r.submit(req, 0, 0, t -> out[0] = t, ProgressListener.NONE, new CancelToken());
            Thread.sleep(100);
            first.cancel();
            Thread.sleep(50);
            release.set(true);
            second.await();
            assertThrows(CancellationException.class, first::await);
            assertEquals(0, TestImages.mean(out[0].plane(1)), 1e-4);
        }
    }

    /** A test op that multiplies by "gain" (or subtracts the image mean when global) and counts its runs. */
    @Test
    void draggingAMixParamBlendsTheFullStrengthResultInsteadOfRunningTheOpAgain() {
        for (Locality locality : new Locality[] {Locality.POINT, Locality.NEIGHBOURHOOD, Locality.GLOBAL}) {
            MixingOp op = new MixingOp(locality);
            try (TileRenderer r = new TileRenderer(2, 64, 256 << 20, id -> op)) {
                Document doc = TestImages.emptyDoc().withLayers(List.of(Layer.of("m", op.schema().defaults().with("strength", 0.3))));
                RenderRequest req = new RenderRequest(doc, source, Resources.NONE, 1, RenderRequest.scaledBounds(source, 1), true);
                r.render(req, ProgressListener.NONE, new CancelToken());
                int runs = op.runs.get();
                assertTrue(runs > 0);
                for (double strength : new double[] {0.6, 0.45}) {
                    Document edited = doc.withLayerChanged(doc.layers().get(0).id(), l -> l.withParam("strength", strength));
                    FloatImage mixed = r.render(new RenderRequest(edited, source, Resources.NONE, 1, req.region(), true),
                        ProgressListener.NONE, new CancelToken());
                    assertEquals(runs, op.runs.get(), locality + ": the op ran again for a new strength");
                    // What the kernel itself gives at that strength, bit for bit.
                    FloatImage direct = new FloatImage(source.full().bounds());
                    op.prepare(edited.layers().get(0).params(), Resources.NONE).apply(source.full(), direct,
                        new RenderContext(source.width(), source.height(), 1, 0));
                    op.runs.decrementAndGet(); // that direct run was the test's own
                    assertTrue(direct.sameAs(mixed), locality + " at strength " + strength);
                }
            }
        }
    }

    /** Halves every value at full strength, mixed in by "strength" as film stock mixes its look. */
    record MixingParams(@Num(label = "Strength", min = 0, max = 1, def = 1, mix = true, help = "") double strength) {}

    static class MixingOp extends TypedOp<MixingParams> {
        final AtomicInteger runs = new AtomicInteger();
        private final Locality locality;

        MixingOp(Locality locality) {
            super("mixing", MixingParams.class, 1);
            this.locality = locality;
        }

        @Override public String displayName() { return "Mixing"; }

        @Override public String description() { return ""; }

        @Override protected OpKernel kernel(MixingParams p, Resources resources) {
            float strength = (float) p.strength();
            return new OpKernel() {
                @Override public Locality locality() { return locality; }

                @Override public int halo(RenderContext ctx) { return 2; }

                @Override public boolean isIdentity() { return strength == 0; }

                @Override public void apply(FloatImage src, FloatImage dst, RenderContext ctx) {
                    runs.incrementAndGet();
                    Rect r = dst.bounds();
                    for (int c = 0; c < 3; c++) {
                        float[] s = src.plane(c), d = dst.plane(c);
                        for (int y = r.y(); y < r.bottom(); y++) for (int x = r.x(); x < r.right(); x++) {
                            float in = s[src.index(x, y)], full = in * 0.5f;
                            d[dst.index(x, y)] = strength == 1 ? full : in + (full - in) * strength;
                        }
                    }
                }
            };
        }
    }

    record GainParams(@Num(label = "Gain", min = 0, max = 4, def = 1.25, help = "") double gain) {}

    static class CountingOp extends TypedOp<GainParams> {
        final AtomicInteger runs = new AtomicInteger();
        private final Locality locality;

        CountingOp(String id, Locality locality) {
            super(id, GainParams.class, 1);
            this.locality = locality;
        }

        @Override public String displayName() { return schema().typeId(); }

        @Override public String description() { return ""; }

        @Override protected OpKernel kernel(GainParams p, Resources resources) {
            float gain = (float) p.gain();
            return new OpKernel() {
                @Override public Locality locality() { return locality; }

                @Override public int halo(RenderContext ctx) { return 3; }

                @Override public boolean isIdentity() { return false; }

                @Override public void apply(FloatImage src, FloatImage dst, RenderContext ctx) {
                    runs.incrementAndGet();
                    for (int c = 0; c < 3; c++) {
                        float[] s = src.plane(c), d = dst.plane(c);
                        if (locality == Locality.GLOBAL) {
                            float m = (float) TestImages.mean(s);
                            for (int i = 0; i < d.length; i++) d[i] = s[i] - m;
                        } else {
                            Rect r = dst.bounds();
                            for (int y = r.y(); y < r.bottom(); y++) for (int x = r.x(); x < r.right(); x++) {
                                d[dst.index(x, y)] = s[src.index(x, y)] * gain;
                            }
                        }
                    }
                }
            };
        }
    }
}
