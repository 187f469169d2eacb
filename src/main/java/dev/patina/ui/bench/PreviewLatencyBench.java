package dev.patina.ui.bench;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.SourceRef;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Rect;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.Resources;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;
import dev.patina.ui.canvas.PreviewPipeline;
import dev.patina.ui.canvas.PreviewTile;
import dev.patina.ui.canvas.Viewport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Preview latency as the editor sees it: a synthetic 24 MP image under clarity, grain, vignette and
 * film stock, shown at fit in a 1600x1000 canvas. Each sample changes one parameter and times from
 * the request to the moment the last full-detail tile of the new preview has reached the
 * (simulated) Swing thread, through the same pipeline the canvas uses (coarse pass, 8-bit
 * conversion, generation guard). Run: {@code java -cp target/patina.jar dev.patina.ui.bench.PreviewLatencyBench [changes] [threads]}.
 */
public final class PreviewLatencyBench {
    private static final int WIDTH = 6000, HEIGHT = 4000, VIEW_W = 1600, VIEW_H = 1000;

    private PreviewLatencyBench() {}

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Pyramid source = new Pyramid(synthetic());
        Viewport vp = new Viewport();
        vp.setViewSize(VIEW_W, VIEW_H);
        vp.setImageSize(WIDTH, HEIGHT);
        double scale = vp.renderScale();
        Rect region = RenderRequest.scaledBounds(source, scale);
        System.out.printf(Locale.ROOT, "image %dx%d (%.0f MP), canvas %dx%d, fit scale %.3f, preview %dx%d, %d threads%n",
            WIDTH, HEIGHT, WIDTH * (double) HEIGHT / 1e6, VIEW_W, VIEW_H, scale, region.width(), region.height(), threads);

        Document doc = Document.of(new SourceRef("synthetic", "")).withSeed(42);
        String[] stack = {"clarity", "grain", "vignette", "film-stock"};
        for (String type : stack) {
            Op op = OpRegistry.find(type);
            if (op == null) throw new IllegalStateException("layer type " + type + " is not registered");
            doc = doc.withLayerAdded(Layer.of(op.displayName(), op.schema().defaults()));
        }
        ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-edt"));
        try (TileRenderer renderer = new TileRenderer(threads, 256, 1024L << 20)) {
            Timer timer = new Timer(ui);
            PreviewPipeline pipeline = new PreviewPipeline(renderer, ui, timer);
            long t0 = System.nanoTime();
            timer.measure(pipeline, new PreviewPipeline.Spec(doc, source, Resources.NONE, scale, region, List.of()));
            System.out.printf(Locale.ROOT, "first preview (builds the fit-scale source, cold cache): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            for (int i = 0; i < 3; i++) timer.measure(pipeline, spec(doc, 1, "amount", 0.3 + i * 0.01, source, scale, region));

            String[] params = {"amount", "amount", "amount", "strength"};
            double[][] ranges = {{-0.6, 0.6}, {0.05, 0.8}, {-0.8, 0.4}, {0.1, 1.0}};
            List<Double> all = new ArrayList<>(), allCoarse = new ArrayList<>();
            for (int k = 0; k < stack.length; k++) {
                double[] ms = new double[changes], coarse = new double[changes];
                for (int i = 0; i < changes; i++) {
                    double v = ranges[k][0] + (ranges[k][1] - ranges[k][0]) * ((i * 7919) % changes) / (double) changes;
                    long start = System.nanoTime();
                    timer.measure(pipeline, spec(doc, k, params[k], v, source, scale, region));
                    ms[i] = (timer.finishedAt - start) / 1e6;
                    coarse[i] = (timer.coarseAt - start) / 1e6;
                    all.add(ms[i]);
                    allCoarse.add(coarse[i]);
                }
                report("change " + stack[k] + " (layer " + (k + 1) + "/4)." + params[k] + ": complete", ms);
                report("    whole view updated (coarse pass)", coarse);
            }
            report("all changes: complete preview", all.stream().mapToDouble(Double::doubleValue).toArray());
            report("all changes: whole view updated (coarse)", allCoarse.stream().mapToDouble(Double::doubleValue).toArray());
        } finally {
            ui.shutdownNow();
            ui.awaitTermination(1, TimeUnit.SECONDS);
        }
    }

    private static PreviewPipeline.Spec spec(Document doc, int layer, String param, double value, Pyramid source,
                                             double scale, Rect region) {
        String id = doc.layers().get(layer).id();
        Document changed = doc.withLayerChanged(id, l -> l.withParam(param, value));
        return new PreviewPipeline.Spec(changed, source, Resources.NONE, scale, region, List.of());
    }

    private static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-50s n=%d  median %.1f ms  p95 %.1f ms  min %.1f  max %.1f%n",
            what, s.length, percentile(s, 0.5), percentile(s, 0.95), s[0], s[s.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        double idx = p * (sorted.length - 1);
        int lo = (int) Math.floor(idx), hi = (int) Math.ceil(idx);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (idx - lo);
    }

    /** Smooth gradients with fine detail, so clarity and the coarse pass have real work. */
    static FloatImage synthetic() {
        FloatImage img = new FloatImage(WIDTH, HEIGHT);
        float[] r = img.plane(0), g = img.plane(1), b = img.plane(2);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int i = y * WIDTH + x;
                float fx = x / (float) WIDTH, fy = y / (float) HEIGHT;
                float detail = 0.05f * (float) Math.sin(x * 0.21) * (float) Math.cos(y * 0.17);
                r[i] = Math.max(0, 0.6f * fx + 0.1f + detail);
                g[i] = Math.max(0, 0.5f * fy + 0.15f + detail);
                b[i] = Math.max(0, 0.4f * (1 - fx) * fy + 0.05f + detail);
            }
        }
        return img;
    }

    /** Completes when the requested generation's full-detail pass has reached the UI thread. */
    private static final class Timer implements PreviewPipeline.Listener {
        private final ExecutorService ui;
        private volatile long waitingFor = -1;
        volatile long coarseAt, finishedAt;

        Timer(ExecutorService ui) { this.ui = ui; }

        private volatile CompletableFuture<Void> done = new CompletableFuture<>();

        void measure(PreviewPipeline pipeline, PreviewPipeline.Spec spec) throws Exception {
            CompletableFuture<Void> f = new CompletableFuture<>();
            done = f;
            // The request is made on the UI thread, as the canvas makes it; so is the callback,
            // so it cannot arrive before the generation is known.
            ui.submit(() -> { waitingFor = pipeline.request(spec); }).get();
            f.get(120, TimeUnit.SECONDS);
        }

        @Override public void tileArrived(PreviewTile tile) { }

        @Override public void progress(long generation, int d, int t) { }

        @Override public void coarseFinished(long generation) {
            if (generation == waitingFor) coarseAt = System.nanoTime();
        }

        @Override public void finished(long generation) {
            if (generation != waitingFor) return;
            finishedAt = System.nanoTime();
            done.complete(null);
        }

        @Override public void failed(long generation, RuntimeException error) { done.completeExceptionally(error); }
    }
}
