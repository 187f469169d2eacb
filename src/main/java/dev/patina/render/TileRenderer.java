package dev.patina.render;

import dev.patina.doc.BlendMode;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import dev.patina.ops.LayerOverlay;
import dev.patina.ops.Locality;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Renders a document in tiles on a pool of worker threads.
 *
 * <p>Each tile is computed demand-driven, from the top of the stack down: a layer with a halo asks
 * the layer below for its tile grown by the halo (clipped to the image and edge-extended beyond
 * it), so a tile needs nothing from its neighbours and any tiling gives the same pixels. Stage
 * outputs are cached under a key that covers the source, the scale and every layer up to that
 * stage, so editing layer k re-renders only k and above. Global ops are computed once for the whole
 * image per key and then cropped like a source.
 */
public final class TileRenderer implements AutoCloseable {
    private final ExecutorService pool;
    private final int threads;
    private final int tileSize;
    private final TileCache cache;
    private final KernelCache kernels;
    private final Map<StageKey, CompletableFuture<FloatImage>> globals = new ConcurrentHashMap<>();
    private final Map<StageKey, CompletableFuture<Mask>> sceneMasks = new ConcurrentHashMap<>();
    private final SceneMaskEngine scenes;

    public TileRenderer(int threads, int tileSize, long cacheBytes) {
        this(threads, tileSize, cacheBytes, OpRegistry::require, SceneMaskEngine.FOUND);
    }

    /** A renderer that looks layer types up in {@code ops} (the built-in registry by default). */
    public TileRenderer(int threads, int tileSize, long cacheBytes, Function<String, Op> ops) {
        this(threads, tileSize, cacheBytes, ops, SceneMaskEngine.FOUND);
    }

    /** A renderer that looks layer types up in {@code ops} and finds scene masks with {@code scenes}. */
    public TileRenderer(int threads, int tileSize, long cacheBytes, Function<String, Op> ops, SceneMaskEngine scenes) {
        this.kernels = new KernelCache(ops);
        this.scenes = scenes;
        if (threads < 1 || threads > 256) throw new IllegalArgumentException("threads must be 1..256: " + threads);
        if (tileSize < 16 || tileSize > 8192) throw new IllegalArgumentException("tile size must be 16..8192 px: " + tileSize);
        this.threads = threads;
        this.tileSize = tileSize;
        this.cache = new TileCache(cacheBytes);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "patina-render-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    public int threads() { return threads; }

    public int tileSize() { return tileSize; }

    public TileCache cache() { return cache; }

    /** Renders the request's region, blocking until done; tiles run in parallel on the pool. */
    public FloatImage render(RenderRequest req, ProgressListener progress, CancelToken cancel) {
        FloatImage out = new FloatImage(req.region());
        RenderJob job = submit(req, req.region().x() + req.region().width() / 2, req.region().y() + req.region().height() / 2,
            tile -> tile.copyInto(tile.bounds(), out), progress, cancel);
        job.await();
        return out;
    }

    /**
     * Starts rendering the request's region; {@code onTile} receives each finished tile (on a worker
     * thread) in order of distance from (cx, cy), so what the user looks at comes first.
     */
    public RenderJob submit(RenderRequest req, int cx, int cy, Consumer<FloatImage> onTile, ProgressListener progress,
                            CancelToken cancel) {
        RenderContext ctx = contextOf(req, cancel);
        StagePlan plan = StagePlan.build(req, kernels, ctx);
        List<Rect> tiles = tilesOf(req.region().intersect(plan.bounds), cx, cy);
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>(tiles.size());
        for (Rect tile : tiles) {
            futures.add(pool.submit(() -> {
                cancel.check();
                FloatImage img = stage(plan, plan.stages.size() - 1, tile, req.useCache(), cancel);
                cancel.check();
                onTile.accept(img);
                progress.progress(done.incrementAndGet(), tiles.size());
                return null;
            }));
        }
        return new RenderJob(futures, cancel);
    }

    private List<Rect> tilesOf(Rect region, int cx, int cy) {
        List<Rect> tiles = new ArrayList<>();
        if (region.isEmpty()) return tiles;
        int tx0 = Math.floorDiv(region.x(), tileSize), ty0 = Math.floorDiv(region.y(), tileSize);
        int tx1 = Math.floorDiv(region.right() - 1, tileSize), ty1 = Math.floorDiv(region.bottom() - 1, tileSize);
        for (int ty = ty0; ty <= ty1; ty++) {
            for (int tx = tx0; tx <= tx1; tx++) {
                tiles.add(new Rect(tx * tileSize, ty * tileSize, tileSize, tileSize).intersect(region));
            }
        }
        tiles.sort(Comparator.comparingLong(r -> {
            long dx = r.x() + r.width() / 2 - cx, dy = r.y() + r.height() / 2 - cy;
            return dx * dx + dy * dy;
        }));
        return tiles;
    }

    /** The output of stage k (−1 = the source) over rect r, which lies inside the image. */
    private FloatImage stage(StagePlan plan, int k, Rect r, boolean useCache, CancelToken cancel) {
        // The whole source is handed out as it is (a global op reads it, nothing writes a stage's
        // input): a copy would be another full image at the moment memory peaks.
        if (k < 0) return r.equals(plan.bounds) ? plan.source : plan.source.crop(r);
        StagePlan.Stage st = plan.stages.get(k);
        TileKey key = new TileKey(st.key(), r);
        if (useCache) {
            FloatImage hit = cache.get(key);
            if (hit != null) return hit;
        }
        cancel.check();
        OpKernel kernel = st.kernel();
        MaskUse use = MaskUse.of(st.layer(), maskOf(plan, k, useCache, cancel), kernel);
        // A layer that mixes needs the pixels below to mix with, whatever its blend.
        boolean below = needsBelow(st, use) || st.mixes();
        FloatImage base;
        FloatImage adjusted;
        if (kernel.locality() == Locality.GLOBAL) {
            FloatImage whole = global(plan, k, use, useCache, cancel);
            // The pixels below are only needed to blend with; rendering them for a layer that
            // replaces them re-ran the whole stack below every global layer once per tile.
            base = below ? stage(plan, k - 1, r, useCache, cancel) : null;
            adjusted = whole.crop(r);
        } else {
            int halo = kernel.locality() == Locality.POINT ? 0 : Math.max(0, kernel.halo(plan.ctx));
            Rect need = r.expand(halo).intersect(plan.bounds);
            FloatImage in = stage(plan, k - 1, need, useCache, cancel);
            if (halo == 0 && !below && !useCache && in != plan.source) {
                // A point op whose result replaces its input, on a tile nobody else holds (no
                // cache, not the source): work in place. At full size this halves the garbage.
                if (!kernel.isIdentity()) kernel.apply(in, in, plan.ctx);
                return in;
            }
            base = halo == 0 ? in : below || kernel.isIdentity() ? in.crop(r) : null;
            TileKey fullKey = st.mixes() && useCache ? new TileKey(st.fullKey(), r) : null;
            adjusted = fullKey == null ? null : cache.get(fullKey);
            if (adjusted == null) {
                // Inside the image the pixels below already cover the halo: read them as they are
                // (kernels never write their input); only border tiles need the edge extended.
                Rect haloed = r.expand(halo);
                FloatImage src = halo == 0 || in.bounds().equals(haloed) ? in : in.extendedTo(haloed);
                adjusted = new FloatImage(r);
                if (kernel.isIdentity()) base.copyInto(r, adjusted);
                else kernel.apply(src, adjusted, plan.ctx);
                if (fullKey != null) cache.put(fullKey, adjusted);
            }
        }
        if (st.mixes()) adjusted = mixed(base, adjusted, (float) st.mix());
        FloatImage out = composite(st, use, base, adjusted, plan);
        if (useCache) cache.put(key, out);
        return out;
    }

    /**
     * below + (full − below)·m in linear light: the layer's mix param applied to its full-strength
     * result, by the same formula the kernels use, so a mixed render equals the kernel's own.
     */
    private static FloatImage mixed(FloatImage below, FloatImage full, float m) {
        FloatImage out = new FloatImage(full.bounds());
        for (int c = 0; c < 3; c++) {
            float[] b = below.plane(c), f = full.plane(c), o = out.plane(c);
            for (int i = 0; i < o.length; i++) o[i] = b[i] + (f[i] - b[i]) * m;
        }
        return out;
    }

    /** False when the layer's result simply replaces the pixels below (normal, opaque, unmasked). */
    private static boolean needsBelow(StagePlan.Stage st, MaskUse use) {
        Layer layer = st.layer();
        return !(layer.blend() == BlendMode.NORMAL && layer.opacity() >= 1 && use.blendMask() == null);
    }

    /** Combines the layer's adjusted pixels with the pixels below by opacity, mask and blend mode. */
    private static FloatImage composite(StagePlan.Stage st, MaskUse use, FloatImage base, FloatImage adjusted, StagePlan plan) {
        if (!needsBelow(st, use)) return adjusted;
        Layer layer = st.layer();
        Rect r = adjusted.bounds();
        Mask mask = use.blendMask();
        float[] alpha = null;
        if (mask != null) {
            alpha = new float[(int) r.area()];
            mask.sample(r, plan.ctx.scale(), plan.ctx.fullWidth(), plan.ctx.fullHeight(), alpha);
        }
        FloatImage out = base.copy();
        layer.blend().blend(out.planes(), adjusted.planes(), alpha, (float) layer.opacity(), (int) r.area());
        return out;
    }

    /**
     * A global op's result over the whole image, computed once per key by whichever tile asks first.
     * Requests share the computation; when the request computing it is cancelled, a request still
     * wanted computes it again rather than failing with the other's cancellation (a pan, or a new
     * overlay, re-requests the same document while a depth of field is being computed).
     */
    private FloatImage global(StagePlan plan, int k, MaskUse use, boolean useCache, CancelToken cancel) {
        StagePlan.Stage st = plan.stages.get(k);
        return shared(globals, st.kernelKey(), cancel, () -> {
            FloatImage in = stage(plan, k - 1, plan.bounds, useCache, cancel);
            FloatImage out = new FloatImage(plan.bounds);
            st.kernel().apply(in, out, use.context(plan.ctx, plan.bounds));
            return out;
        });
    }

    /**
     * The mask of stage k as the renderer uses it: a scene mask is found in the picture below the
     * layer (the whole image at the render's scale), once per picture and mask, like a global op.
     */
    private Mask maskOf(StagePlan plan, int k, boolean useCache, CancelToken cancel) {
        StagePlan.Stage st = plan.stages.get(k);
        if (!(st.layer().mask() instanceof Mask.Scene scene)) return st.layer().mask();
        return shared(sceneMasks, st.belowKey().thenScene(scene), cancel, () -> {
            FloatImage below = stage(plan, k - 1, plan.bounds, useCache, cancel);
            return field(scene, below, plan.ctx);
        });
    }

    private Mask field(Mask.Scene scene, FloatImage picture, RenderContext ctx) {
        float[] coverage = scenes.coverage(scene, picture, ctx);
        return new Mask.Field(picture.width(), picture.height(), coverage, scene.inverted());
    }

    /**
     * A whole-image result computed once per key by whichever tile asks first. Requests share the
     * computation; when the request computing it is cancelled, a request still wanted computes it
     * again rather than failing with the other's cancellation (a pan, or a new overlay,
     * re-requests the same document while a depth of field is being computed).
     */
    private static <T> T shared(Map<StageKey, CompletableFuture<T>> results, StageKey key, CancelToken cancel,
                                java.util.function.Supplier<T> compute) {
        while (true) {
            CompletableFuture<T> mine = new CompletableFuture<>();
            CompletableFuture<T> f = results.putIfAbsent(key, mine);
            if (f == null) {
                try {
                    mine.complete(compute.get());
                } catch (RuntimeException | Error e) {
                    results.remove(key, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
                if (results.size() > 8) results.keySet().removeIf(other -> !other.equals(key));
                f = mine;
            }
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (CancellationException e) {
                // A future completed with a cancellation throws it as is, not wrapped.
                if (cancel.isCancelled()) throw e;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * An analysis overlay of {@code layer} over the picture it sees: the stack below it as
     * {@code below} renders it (usually from the preview's cache), with the layer's mask given to
     * the overlay as the layer's kernel gets it, and coverage overlays limited to the blend mask, so
     * the overlay shows what the layer will use.
     */
    public LayerOverlay.Field overlay(RenderRequest below, Layer layer, LayerOverlay overlay, CancelToken cancel) {
        FloatImage seen = render(below, ProgressListener.NONE, cancel);
        cancel.check();
        Rect bounds = seen.bounds();
        RenderContext ctx = contextOf(below, cancel);
        Mask mask = layer.mask() instanceof Mask.Scene scene ? field(scene, seen, ctx) : layer.mask();
        MaskUse use = MaskUse.of(layer, mask, kernels.kernel(layer.params(), below.resources()));
        LayerOverlay.Field f = overlay.compute(layer.params(), below.resources(), seen, use.context(ctx, bounds));
        if (overlay.style() == LayerOverlay.Style.COVERAGE) use.limitToBlendMask(f.values(), bounds, ctx);
        return f;
    }

    /**
     * The layer's mask as the renderer would use it over the picture {@code below} renders: a scene
     * mask found in that picture, any other mask as it is; for the editor's mask overlay.
     */
    public Mask resolvedMask(RenderRequest below, Layer layer, CancelToken cancel) {
        if (!(layer.mask() instanceof Mask.Scene scene)) return layer.mask();
        FloatImage seen = render(below, ProgressListener.NONE, cancel);
        cancel.check();
        RenderContext ctx = contextOf(below, cancel);
        return field(scene, seen, ctx);
    }

    /** What an op knows of the render of {@code req}. */
    private static RenderContext contextOf(RenderRequest req, CancelToken cancel) {
        return new RenderContext(req.source().width(), req.source().height(), req.scale(), req.document().seed(), cancel::isCancelled);
    }

    /** Drops every cached tile and global result (after a change of source or of budget). */
    public void clearCache() {
        cache.clear();
        globals.clear();
        sceneMasks.clear();
    }

    @Override public void close() {
        pool.shutdownNow();
    }

    private record TileKey(StageKey stage, Rect rect) {}
}
