package dev.patina.cli;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.SourceRef;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.io.ExportOptions;
import dev.patina.io.ImageDecoder;
import dev.patina.io.ImageExporter;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.Resources;
import dev.patina.render.CancelToken;
import dev.patina.render.ProgressListener;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the render path on a synthetic image: each layer alone and the full stack, per
 * megapixel, at 1 and 2 threads. Every figure is also given as a ratio to a baseline measured in
 * the same run (one copy of the image in memory), so runs on different machines compare.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark the render path (per layer and full stack, 1 and 2 threads).")
public final class BenchCommand implements java.util.concurrent.Callable<Integer> {
    @Spec CommandSpec spec;

    /** The preview size the editor fits the image into (a typical editor canvas). */
    static final int PREVIEW_W = 1600, PREVIEW_H = 1000;

    @Option(names = "--megapixels", defaultValue = "24", description = "Image size in megapixels (3:2), default ${DEFAULT-VALUE}.")
    double megapixels;

    @Option(names = "--repeat", defaultValue = "3", description = "Timed runs per figure (median), default ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--tile-size", defaultValue = "256", description = "Tile size in pixels, default ${DEFAULT-VALUE}.")
    int tileSize;

    @Override public Integer call() throws Exception {
        if (!(megapixels > 0 && megapixels <= 250)) throw new BadInputException("--megapixels must be in (0, 250]");
        if (repeat < 1 || repeat > 100) throw new BadInputException("--repeat must be 1..100");
        if (tileSize < 16 || tileSize > 8192) throw new BadInputException("--tile-size must be 16..8192");
        PrintWriter out = spec.commandLine().getOut();
        int w = (int) Math.round(Math.sqrt(megapixels * 1e6 * 1.5)), h = (int) Math.round(w / 1.5);
        double mp = w * (double) h / 1e6;
        FloatImage img = BenchImages.scene(w, h);
        Pyramid source = new Pyramid(img);
        out.printf(Locale.ROOT, "image %dx%d (%.1f MP), tile %d px, %d cores, median of %d%n", w, h, mp, tileSize,
            Runtime.getRuntime().availableProcessors(), repeat);
        double base = Stopwatch.medianMillis(repeat, img::copy);
        out.printf(Locale.ROOT, "%-22s %8s %10s %9s%n", "stage", "threads", "ms", "ms/MP");
        out.printf(Locale.ROOT, "%-22s %8d %10.1f %9.2f   (baseline = 1.0)%n", "baseline: image copy", 1, base, base / mp);
        Document doc = Document.of(new SourceRef("bench", "0000000000000000")).withLayers(List.of());
        List<Layer> all = new ArrayList<>();
        for (Op op : OpRegistry.all()) all.add(Layer.of(op.displayName(), op.schema().defaults()));
        for (int threads : new int[] {1, 2}) {
            try (TileRenderer r = new TileRenderer(threads, tileSize, 0)) {
                for (Layer l : all) report(out, l.type(), threads, mp, base, time(r, doc.withLayers(List.of(l)), source));
                report(out, "engine stack (4)", threads, mp, base, time(r, doc.withLayers(engine(all)), source));
                report(out, "all layers", threads, mp, base, time(r, doc.withLayers(all), source));
            }
        }
        // What the editor does on every edit with depth of field on: a preview that fits the screen.
        double fit = Math.min(1, Math.min(PREVIEW_W / (double) w, PREVIEW_H / (double) h));
        Layer dof = all.stream().filter(l -> l.type().equals("depth-of-field")).findFirst().orElse(null);
        if (dof != null) {
            try (TileRenderer r = new TileRenderer(2, tileSize, 0)) {
                double ms = time(r, doc.withLayers(List.of(dof)), source, fit);
                double pmp = w * fit * h * fit / 1e6;
                out.printf(Locale.ROOT, "%-22s %8d %10.1f %9.2f   x%.1f baseline (preview %.2f MP at scale %.3f)%n",
                    "preview+depth-of-field", 2, ms, ms / pmp, ms / base, pmp, fit);
            }
        }
        exportFigures(out, img, source, doc.withLayers(engine(all)), mp, base);
        out.flush();
        return 0;
    }

    /** Decode, render and encode measured separately, as the export path runs them. */
    private void exportFigures(PrintWriter out, FloatImage img, Pyramid source, Document stack, double mp, double base) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("patina-bench");
        try {
            java.nio.file.Path jpeg = dir.resolve("in.jpg");
            ImageExporter exporter = new ImageExporter();
            ExportOptions q92 = ExportOptions.forPath(jpeg);
            exporter.export(img, jpeg, q92, null, 1, () -> false);
            ImageDecoder decoder = new ImageDecoder();
            report(out, "decode JPEG", 1, mp, base, Stopwatch.medianMillis(repeat, () -> decoder.decode(jpeg)));
            FloatImage rendered;
            try (TileRenderer r = new TileRenderer(2, tileSize, 0)) {
                rendered = r.render(RenderRequest.whole(stack, source, Resources.NONE, 1), ProgressListener.NONE, new CancelToken());
            }
            java.nio.file.Path outJpeg = dir.resolve("out.jpg"), outTiff = dir.resolve("out.tif");
            ExportOptions q90 = ExportOptions.forPath(outJpeg).withJpegQuality(90);
            ExportOptions t16 = ExportOptions.forPath(outTiff).withTiffBits(16).withTiffCompression(ExportOptions.TiffCompression.LZW);
            report(out, "encode JPEG q90", 1, mp, base, Stopwatch.medianMillis(repeat, () -> exporter.export(rendered, outJpeg, q90, null, 1, () -> false)));
            report(out, "encode TIFF 16 LZW", 1, mp, base, Stopwatch.medianMillis(repeat, () -> exporter.export(rendered, outTiff, t16, null, 1, () -> false)));
        } finally {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.toList()) java.nio.file.Files.deleteIfExists(f);
            }
            java.nio.file.Files.deleteIfExists(dir);
        }
    }

    /** The four engine layers (clarity, film stock, vignette, grain) in the order a preset stacks them. */
    private static List<Layer> engine(List<Layer> all) {
        List<Layer> out = new ArrayList<>();
        for (String id : List.of("clarity", "film-stock", "vignette", "grain")) {
            all.stream().filter(l -> l.type().equals(id)).findFirst().ifPresent(out::add);
        }
        return out;
    }

    private double time(TileRenderer r, Document doc, Pyramid source) throws Exception {
        return time(r, doc, source, 1);
    }

    /**
     * The renderer keeps global results (depth of field, relight) per document and scale; the
     * cache is dropped before each run so every run computes them, as a new edit would.
     */
    private double time(TileRenderer r, Document doc, Pyramid source, double scale) throws Exception {
        RenderRequest req = RenderRequest.whole(doc, source, Resources.NONE, scale);
        return Stopwatch.medianMillis(repeat, () -> {
            r.clearCache();
            r.render(req, ProgressListener.NONE, new CancelToken());
        });
    }

    private static void report(PrintWriter out, String what, int threads, double mp, double base, double ms) {
        out.printf(Locale.ROOT, "%-22s %8d %10.1f %9.2f   x%.1f baseline%n", what, threads, ms, ms / mp, ms / base);
        out.flush();
    }
}
