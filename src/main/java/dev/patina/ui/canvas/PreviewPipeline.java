package dev.patina.ui.canvas;

import dev.patina.doc.Document;
import dev.patina.image.Pyramid;
import dev.patina.image.Rect;
import dev.patina.ops.Resources;
import dev.patina.render.CancelToken;
import dev.patina.render.RenderJob;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Keeps one live preview request in flight. Each {@link #request} cancels the previous one and
 * starts a new generation with two passes: a coarse pass at a quarter of the scale (a handful of
 * tiles, so the whole view updates almost at once) and then the full-detail pass, visible tiles from
 * the centre outwards. Tiles are converted to 8-bit on the worker threads and handed to the
 * listener through {@code ui} (the Swing thread in the editor), where the generation is checked
 * again, so only tiles of the newest request are ever delivered.
 */
public final class PreviewPipeline {

    /** What the canvas should show: the scaled-image region to render, and the tints over it. */
    public record Spec(Document document, Pyramid source, Resources resources, double scale, Rect region,
                       List<TileTint> tints) {
        public Spec {
            tints = List.copyOf(tints);
        }
    }

    /** Called on the ui executor. */
    public interface Listener {
        void tileArrived(PreviewTile tile);

        void progress(long generation, int done, int total);

        /** The coarse pass of this generation covers the whole view. */
        void coarseFinished(long generation);

        /** The full-detail pass of this generation has every tile. */
        void finished(long generation);

        void failed(long generation, RuntimeException error);
    }

    /** Below this the coarse pass would be a few pixels wide and is not worth a request. */
    private static final double COARSE_FACTOR = 0.25;
    private static final int MIN_COARSE_PIXELS = 64;

    /** One daemon thread waits on finished jobs; cancelled jobs return from await at once. */
    private static final ExecutorService FAILURE_WATCHER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "patina-preview-watch");
        t.setDaemon(true);
        return t;
    });

    private final TileRenderer renderer;
    private final Executor ui;
    private final Listener listener;
    private final RenderGenerations generations = new RenderGenerations();
    private final List<RenderJob> running = new ArrayList<>();
    private CancelToken cancel = new CancelToken();

    public PreviewPipeline(TileRenderer renderer, Executor ui, Listener listener) {
        this.renderer = renderer;
        this.ui = ui;
        this.listener = listener;
    }

    public RenderGenerations generations() { return generations; }

    /** Starts rendering {@code spec}; returns its generation. Call from one thread (the UI thread). */
    public long request(Spec spec) {
        cancelRunning();
        long gen = generations.next();
        CancelToken token = new CancelToken();
        cancel = token;
        Rect region = alignToTiles(spec.region()).intersect(RenderRequest.scaledBounds(spec.source(), spec.scale()));
        if (region.isEmpty()) {
            ui.execute(() -> { if (generations.isCurrent(gen)) listener.finished(gen); });
            return gen;
        }
        double coarse = spec.scale() * COARSE_FACTOR;
        if (Math.min(region.width(), region.height()) * COARSE_FACTOR >= MIN_COARSE_PIXELS / 4.0
                && Math.max(region.width(), region.height()) * COARSE_FACTOR >= MIN_COARSE_PIXELS) {
            Rect coarseRegion = scaleRect(region, COARSE_FACTOR)
                .intersect(RenderRequest.scaledBounds(spec.source(), coarse));
            submit(spec, coarse, coarseRegion, gen, token, false);
        }
        submit(spec, spec.scale(), region, gen, token, true);
        return gen;
    }

    private void submit(Spec spec, double scale, Rect region, long gen, CancelToken token, boolean fine) {
        RenderRequest req = new RenderRequest(spec.document(), spec.source(), spec.resources(), scale, region, true);
        int fullW = spec.source().width(), fullH = spec.source().height();
        RenderJob job = renderer.submit(req, region.x() + region.width() / 2, region.y() + region.height() / 2,
            tile -> {
                if (!generations.isCurrent(gen)) return;
                int[] hist = new int[768];
                PreviewTile t = new PreviewTile(gen, scale, tile.bounds(),
                    TileConverter.toSrgb8(tile, spec.tints(), scale, fullW, fullH, hist), hist, fine);
                ui.execute(() -> { if (generations.isCurrent(gen)) listener.tileArrived(t); });
            },
            (done, total) -> ui.execute(() -> {
                if (!generations.isCurrent(gen)) return;
                if (fine) listener.progress(gen, done, total);
                if (done == total) {
                    if (fine) listener.finished(gen);
                    else listener.coarseFinished(gen);
                }
            }),
            token);
        running.add(job);
        watchForFailure(job, gen);
    }

    /** A failing op must not leave the canvas waiting forever: report the error instead. */
    private void watchForFailure(RenderJob job, long gen) {
        FAILURE_WATCHER.execute(() -> {
            try {
                job.await();
            } catch (CancellationException ignored) {
                // superseded by a newer request: nothing to report
            } catch (RuntimeException e) {
                ui.execute(() -> { if (generations.isCurrent(gen)) listener.failed(gen, e); });
            }
        });
    }

    /**
     * Grows the region to whole renderer tiles, so panning asks for the same tiles again and finds
     * them in the renderer's cache instead of re-rendering slivers.
     */
    private Rect alignToTiles(Rect r) {
        int t = renderer.tileSize();
        int x0 = Math.floorDiv(r.x(), t) * t, y0 = Math.floorDiv(r.y(), t) * t;
        int x1 = -Math.floorDiv(-r.right(), t) * t, y1 = -Math.floorDiv(-r.bottom(), t) * t;
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }

    private static Rect scaleRect(Rect r, double f) {
        int x0 = (int) Math.floor(r.x() * f), y0 = (int) Math.floor(r.y() * f);
        int x1 = (int) Math.ceil(r.right() * f), y1 = (int) Math.ceil(r.bottom() * f);
        return new Rect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    /** Stops the current request (its tiles will no longer be delivered). */
    public void cancel() {
        cancelRunning();
        generations.next();
    }

    private void cancelRunning() {
        cancel.cancel();
        for (RenderJob j : running) j.cancel();
        running.clear();
    }
}
