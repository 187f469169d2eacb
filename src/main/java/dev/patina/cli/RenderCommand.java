package dev.patina.cli;

import dev.patina.io.InputFiles;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.SourceRef;
import dev.patina.image.Pyramid;
import dev.patina.image.Rect;
import dev.patina.io.AtomicFiles;
import dev.patina.io.DecodedImage;
import dev.patina.io.ExportOptions;
import dev.patina.io.FileResources;
import dev.patina.io.Hashing;
import dev.patina.io.ImageDecoder;
import dev.patina.io.ExportRaster;
import dev.patina.io.ImageExporter;
import dev.patina.io.PresetCodec;
import dev.patina.io.ProjectCodec;
import dev.patina.io.SourceMetadata;
import dev.patina.render.CancelToken;
import dev.patina.render.ProgressListener;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Renders an image through presets and/or a project's layers and exports a JPEG or TIFF. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Render INPUT through layers (presets, a project) and export OUTPUT (.jpg/.jpeg/.tif/.tiff).")
public final class RenderCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Image to finish (JPEG, PNG, TIFF, WebP, BMP). Never written.")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT", description = "Output file; the format follows the extension.")
    Path output;

    @Option(names = "--preset", paramLabel = "FILE", description = "Preset JSON whose layers are added (repeatable, applied in order).")
    List<Path> presets = new ArrayList<>();

    @Option(names = "--project", paramLabel = "FILE", description = "A .patina project whose layers (with masks and seed) are used.")
    Path project;

    @Option(names = "--quality", defaultValue = "92", description = "JPEG quality 1-100 (default ${DEFAULT-VALUE}).")
    int quality;

    @Option(names = "--chroma", defaultValue = "420", description = "JPEG chroma subsampling: 420, 422 or 444 (default ${DEFAULT-VALUE}).")
    String chroma;

    @Option(names = "--progressive", description = "Write a progressive JPEG.")
    boolean progressive;

    @Option(names = "--bits", description = "TIFF bits per channel: 8 or 16 (default 16).")
    Integer bits;

    @Option(names = "--compression", defaultValue = "lzw", description = "TIFF compression: none, lzw, deflate (default ${DEFAULT-VALUE}).")
    String compression;

    @Option(names = "--scale", defaultValue = "1", description = "Render the whole stack natively at this scale, 0.01-1 (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--strip-prompt", description = "Do not carry the generation prompt metadata into the output.")
    boolean stripPrompt;

    @Option(names = "--threads", description = "Worker threads (default: one per core).")
    Integer threads;

    // 256 px tiles keep each float plane at 256 KB, below the JVM's humongous-object threshold;
    // 512 px tiles were slower and used almost twice the memory on 24 MP renders.
    @Option(names = "--tile-size", defaultValue = "256", paramLabel = "PX", description = "Tile size in pixels, 16-8192 (default ${DEFAULT-VALUE}).")
    int tileSize;

    @Option(names = "--seed", description = "Seed for grain and dither (default: the project's, else derived from the image).")
    Long seed;

    @Option(names = "--max-pixels", defaultValue = "250000000", description = "Refuse images with more pixels (default ${DEFAULT-VALUE}).")
    long maxPixels;

    @Override public Integer call() throws Exception {
        ExportOptions options = exportOptions();
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1 || nThreads > 256) throw new BadInputException("--threads must be 1..256");
        if (tileSize < 16 || tileSize > 8192) throw new BadInputException("--tile-size must be 16..8192");
        if (!(scale >= 0.01 && scale <= 1)) throw new BadInputException("--scale must be 0.01..1");
        if (InputFiles.problem(input) != null) throw new BadInputException(input + ": " + InputFiles.problem(input));
        if (AtomicFiles.sameFile(input, output)) throw new BadInputException(output + ": is the input; refusing to overwrite the original");
        AtomicFiles.checkWritable(output); // before the render, not after it

        // Read everything that can be wrong before the expensive work.
        Document doc = project == null ? null : ProjectCodec.read(project);
        List<Layer> layers = new ArrayList<>(doc == null ? List.of() : doc.layers());
        for (Path p : presets) layers.addAll(PresetCodec.read(p).layers());
        if (layers.size() > Document.MAX_LAYERS) {
            throw new BadInputException("the presets and project add up to " + layers.size() + " layers; a document holds at most " + Document.MAX_LAYERS);
        }
        Path resourceBase = project != null ? project.toAbsolutePath().getParent()
            : presets.isEmpty() ? Path.of("").toAbsolutePath() : presets.get(0).toAbsolutePath().getParent();
        FileResources resources = new FileResources(resourceBase);
        ImageExporter.checkNotRead(layers, resources, output);
        if (maxPixels < 1) throw new BadInputException("--max-pixels must be positive");
        DecodedImage decoded = new ImageDecoder().decode(input, maxPixels);
        SourceMetadata metadata = decoded.metadata();
        Pyramid pyramid = new Pyramid(decoded.image());
        decoded = null; // the pixels live on in the pyramid only, so they can go once rendering is done
        SourceRef source = new SourceRef(input.toAbsolutePath().toString(), Hashing.sha256(input));
        long docSeed = seed != null ? seed : doc != null ? doc.seed() : Document.defaultSeed(source);
        Document finished = new Document(source, docSeed, layers);

        PrintWriter err = spec.commandLine().getErr();
        boolean showProgress = System.console() != null;
        ProgressListener progress = showProgress ? new TerminalProgress(err) : ProgressListener.NONE;
        ExportRaster samples;
        try (TileRenderer renderer = new TileRenderer(nThreads, tileSize, 0)) {
            RenderRequest req = RenderRequest.whole(finished, pyramid, resources, scale);
            // Each finished tile goes straight into the output samples: the float render is
            // never held whole (288 MB at 24 MP), and quantising runs alongside rendering.
            samples = ExportRaster.forOptions(req.region(), options, docSeed);
            ExportRaster target = samples;
            Rect region = req.region();
            renderer.submit(req, region.x() + region.width() / 2, region.y() + region.height() / 2, target::put,
                progress, new CancelToken()).await();
            pyramid = null;
            req = null;
        }
        new ImageExporter().export(samples, output, options, metadata, () -> false);
        if (showProgress) err.printf(Locale.ROOT, "%nwrote %s (%dx%d)%n", output, samples.width(), samples.height());
        return 0;
    }

    private ExportOptions exportOptions() throws java.io.IOException {
        ExportOptions o = ExportOptions.forPath(output);
        boolean jpeg = o.format() == ExportOptions.Format.JPEG;
        if (quality < 1 || quality > 100) throw new BadInputException("--quality must be 1..100");
        if (bits != null && bits != 8 && bits != 16) throw new BadInputException("--bits must be 8 or 16");
        if (jpeg && bits != null && bits != 8) throw new BadInputException("--bits 16 needs a TIFF output; JPEG is 8-bit");
        ExportOptions.TiffCompression c = switch (compression.toLowerCase(Locale.ROOT)) {
            case "none" -> ExportOptions.TiffCompression.NONE;
            case "lzw" -> ExportOptions.TiffCompression.LZW;
            case "deflate", "zip" -> ExportOptions.TiffCompression.DEFLATE;
            default -> throw new BadInputException("--compression must be none, lzw or deflate");
        };
        ExportOptions.Chroma ch = switch (chroma.replace(":", "")) {
            case "420" -> ExportOptions.Chroma.S420;
            case "422" -> ExportOptions.Chroma.S422;
            case "444" -> ExportOptions.Chroma.S444;
            default -> throw new BadInputException("--chroma must be 420, 422 or 444");
        };
        o = o.withJpegQuality(quality).withChroma(ch).withProgressive(progressive).withTiffCompression(c).withStripPrompt(stripPrompt);
        return bits == null || jpeg ? o : o.withTiffBits(bits);
    }

    /** A one-line progress bar on a terminal. */
    private static final class TerminalProgress implements ProgressListener {
        private final PrintWriter err;
        private int lastPercent = -1;

        TerminalProgress(PrintWriter err) { this.err = err; }

        @Override public synchronized void progress(int done, int total) {
            int pct = (int) (100L * done / Math.max(1, total));
            if (pct == lastPercent) return;
            lastPercent = pct;
            err.printf(Locale.ROOT, "\rrendering %3d%% [%-40s]", pct, "#".repeat(pct * 40 / 100));
            err.flush();
        }
    }
}
