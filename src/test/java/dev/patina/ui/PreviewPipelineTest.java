package dev.patina.ui;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.SourceRef;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Rect;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.Resources;
import dev.patina.render.TileRenderer;
import dev.patina.ui.canvas.PreviewPipeline;
import dev.patina.ui.canvas.PreviewTile;
import dev.patina.ui.canvas.RenderGenerations;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview's tile-generation guard, without Swing: the "UI thread" is a queue drained by the test. */
class PreviewPipelineTest {

    private static Pyramid source() {
        FloatImage img = new FloatImage(1024, 768);
        for (int i = 0; i < img.plane(0).length; i++) {
            img.plane(0)[i] = (i % 1024) / 1024f;
            img.plane(1)[i] = 0.3f;
            img.plane(2)[i] = (i / 1024) / 768f;
        }
        return new Pyramid(img);
    }

    private static Document grain(double amount) {
        Layer l = Layer.of("Grain", OpRegistry.require("grain").schema().defaults()).withParam("amount", amount);
        return Document.of(new SourceRef("x.png", "")).withLayerAdded(l);
    }

    private static final class Recorder implements PreviewPipeline.Listener {
        final List<PreviewTile> tiles = new ArrayList<>();
        final List<Long> finished = new ArrayList<>();

        @Override public void tileArrived(PreviewTile t) { tiles.add(t); }

        @Override public void progress(long g, int d, int t) { }

        @Override public void coarseFinished(long g) { }

        @Override public void finished(long g) { finished.add(g); }

        @Override public void failed(long g, RuntimeException e) { throw e; }
    }

    private static void drainUntilFinished(ConcurrentLinkedQueue<Runnable> ui, Recorder rec, long gen) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!rec.finished.contains(gen) && System.nanoTime() < deadline) {
            Runnable r = ui.poll();
            if (r == null) Thread.sleep(2);
            else r.run();
        }
        Runnable r;
        while ((r = ui.poll()) != null) r.run();
    }

    @Test
    void onlyTilesOfTheNewestRequestAreDelivered() throws Exception {
        ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
        Recorder rec = new Recorder();
        Pyramid src = source();
        try (TileRenderer renderer = new TileRenderer(2, 64, 64L << 20)) {
            PreviewPipeline pipeline = new PreviewPipeline(renderer, ui::add, rec);
            Rect region = new Rect(0, 0, 1024, 768);
            long last = 0;
            // A burst of requests, as while dragging a slider; the UI queue is not drained in between,
            // so tiles of every stale request are already waiting in it.
            for (int i = 0; i <= 10; i++) {
                last = pipeline.request(new PreviewPipeline.Spec(grain(i / 10.0), src, Resources.NONE, 1.0, region, List.of()));
                Thread.sleep(3);
            }
            drainUntilFinished(ui, rec, last);
            assertThat(rec.finished).containsExactly(last);
            assertThat(rec.tiles).isNotEmpty();
            long finalGen = last;
            assertThat(rec.tiles).allSatisfy(t -> assertThat(t.generation()).isEqualTo(finalGen));
            // The full-detail pass covers the whole region exactly once.
            long area = rec.tiles.stream().filter(PreviewTile::fine).mapToLong(t -> t.rect().area()).sum();
            assertThat(area).isEqualTo(region.area());
        }
    }

    @Test
    void aCoarsePassArrivesBeforeFullDetail() throws Exception {
        ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
        Recorder rec = new Recorder();
        try (TileRenderer renderer = new TileRenderer(1, 64, 64L << 20)) {
            PreviewPipeline pipeline = new PreviewPipeline(renderer, ui::add, rec);
            long gen = pipeline.request(new PreviewPipeline.Spec(grain(0.5), source(), Resources.NONE, 1.0,
                new Rect(0, 0, 1024, 768), List.of()));
            drainUntilFinished(ui, rec, gen);
            assertThat(rec.tiles.get(0).fine()).isFalse();
            assertThat(rec.tiles.get(0).scale()).isEqualTo(0.25);
            assertThat(rec.tiles.get(rec.tiles.size() - 1).fine()).isTrue();
        }
    }

    @Test
    void generationsMakeEveryEarlierOneStale() {
        RenderGenerations g = new RenderGenerations();
        long a = g.next();
        assertThat(g.isCurrent(a)).isTrue();
        long b = g.next();
        assertThat(g.isCurrent(a)).isFalse();
        assertThat(g.isCurrent(b)).isTrue();
    }
}
