package dev.patina.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.doc.BlendMode;
import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.MaskRaster;
import dev.patina.doc.ParamSpec;
import dev.patina.doc.SceneKind;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.ops.Resources;
import dev.patina.testing.TestImages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Hours of editing in seconds: 10,000 random edits (params, masks, order, opacity and blend,
 * undo and redo, the preview's scale) each starting a render that cancels the one before, as
 * the editor's preview does. The last preview must equal a fresh renderer's render of the same
 * document, the cache must stay within its budget throughout, and closing the renderer leaves no
 * thread of its own running.
 */
class SoakTest {
    private static final int EDITS = 10_000;
    private static final double[] SCALES = {0.25, 0.5, 1};

    @Test
    void tenThousandEditsEndInTheFreshRenderWithinBudgetAndLeakNoThreads() throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        Pyramid source = new Pyramid(TestImages.scene(128, 96, 5));
        SplittableRandom rnd = new SplittableRandom(20261202);
        List<Document> undo = new ArrayList<>(), redo = new ArrayList<>();
        Document doc = TestImages.allLayers();
        double scale = 0.5;
        long budget = 8L << 20;
        RenderRequest last;
        FloatImage preview;
        try (TileRenderer renderer = new TileRenderer(2, 32, budget)) {
            RenderJob job = null;
            for (int i = 0; i < EDITS; i++) {
                int kind = rnd.nextInt(10);
                if (kind == 0 && !undo.isEmpty()) {
                    redo.add(doc);
                    doc = undo.remove(undo.size() - 1);
                } else if (kind == 1 && !redo.isEmpty()) {
                    undo.add(doc);
                    doc = redo.remove(redo.size() - 1);
                } else if (kind == 2) {
                    scale = SCALES[rnd.nextInt(SCALES.length)];
                } else {
                    undo.add(doc);
                    if (undo.size() > 200) undo.remove(0);
                    redo.clear();
                    doc = edit(doc, rnd);
                }
                if (job != null) job.cancel();
                RenderRequest req = RenderRequest.whole(doc, source, Resources.NONE, scale);
                job = renderer.submit(req, 0, 0, t -> { }, ProgressListener.NONE, new CancelToken());
                if (i % 500 == 0) job.await(); // now and then a preview that completes
                assertThat(renderer.cache().usedBytes()).as("cache after edit " + i).isLessThanOrEqualTo(budget);
            }
            job.cancel();
            last = RenderRequest.whole(doc, source, Resources.NONE, scale);
            FloatImage assembled = new FloatImage(last.region());
            renderer.submit(last, 0, 0, t -> { synchronized (assembled) { t.copyInto(t.bounds(), assembled); } },
                ProgressListener.NONE, new CancelToken()).await();
            preview = assembled;
        }
        FloatImage fresh;
        try (TileRenderer other = new TileRenderer(1, 64, 0)) {
            fresh = other.render(last, ProgressListener.NONE, new CancelToken());
        }
        for (int c = 0; c < 3; c++) assertThat(preview.plane(c)).as("plane " + c).containsExactly(fresh.plane(c));
        assertThat(leaked(before)).as("threads left running by the renderers").isEmpty();
    }

    /** One random change to the document, as a user makes them. */
    private static Document edit(Document doc, SplittableRandom rnd) {
        List<Layer> layers = new ArrayList<>(doc.layers());
        int i = rnd.nextInt(layers.size());
        Layer l = layers.get(i);
        switch (rnd.nextInt(7)) {
            case 0 -> {
                List<ParamSpec.Number> numbers = new ArrayList<>();
                for (ParamSpec s : l.params().schema().specs()) if (s instanceof ParamSpec.Number n) numbers.add(n);
                if (!numbers.isEmpty()) {
                    ParamSpec.Number n = numbers.get(rnd.nextInt(numbers.size()));
                    layers.set(i, l.withParam(n.name(), n.min() + rnd.nextDouble() * (n.max() - n.min())));
                }
            }
            case 1 -> layers.set(i, l.withEnabled(!l.enabled()));
            case 2 -> layers.set(i, l.withOpacity(rnd.nextDouble()));
            case 3 -> layers.set(i, l.withBlend(BlendMode.values()[rnd.nextInt(BlendMode.values().length)]));
            case 4 -> layers.set(i, l.withMask(mask(rnd)));
            case 5 -> {
                int j = rnd.nextInt(layers.size());
                layers.set(i, layers.get(j));
                layers.set(j, l);
            }
            default -> layers.set(i, l.withMask(null));
        }
        return doc.withLayers(layers);
    }

    private static Mask mask(SplittableRandom rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> new Mask.RadialGradient(rnd.nextDouble(), rnd.nextDouble(), 0.1 + rnd.nextDouble() * 0.5, 0.1 + rnd.nextDouble() * 0.5, rnd.nextDouble(), rnd.nextBoolean());
            case 1 -> new Mask.LinearGradient(rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble(), rnd.nextBoolean());
            case 2 -> new Mask.Painted(MaskRaster.filled(128, 96, 0).withDabs(new double[] {rnd.nextDouble() * 128}, new double[] {rnd.nextDouble() * 96},
                5 + rnd.nextDouble() * 30, rnd.nextDouble(), 1, 1), rnd.nextBoolean());
            default -> Mask.Scene.of(rnd.nextBoolean() ? SceneKind.SUBJECT : SceneKind.BACKGROUND);
        };
    }

    /** Threads started since {@code before} still alive a while after the renderers closed (the JDK's common pool excepted). */
    private static List<String> leaked(Set<Thread> before) throws InterruptedException {
        List<String> alive = new ArrayList<>();
        for (int attempt = 0; attempt < 50; attempt++) {
            alive.clear();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (!before.contains(t) && t.isAlive() && !t.getName().startsWith("ForkJoinPool.commonPool")) alive.add(t.getName());
            }
            if (alive.isEmpty()) return alive;
            Thread.sleep(100); // pool threads end shortly after shutdown
        }
        return alive;
    }
}
