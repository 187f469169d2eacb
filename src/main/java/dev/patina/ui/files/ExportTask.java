package dev.patina.ui.files;

import dev.patina.doc.Document;
import dev.patina.image.FloatImage;
import dev.patina.io.ExportOptions;
import dev.patina.io.ImageExporter;
import dev.patina.render.CancelToken;
import dev.patina.render.ProgressListener;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;

import java.io.IOException;

/**
 * Renders a document at full resolution and writes it with the engine's exporter, on the calling
 * (background) thread. It renders on its own renderer, so the live preview's workers stay free for
 * editing meanwhile. Cancelling stops the render or the encoding and leaves no file.
 */
public final class ExportTask {
    private final CancelToken cancel = new CancelToken();

    public void cancel() { cancel.cancel(); }

    public void run(Document doc, LoadedImage original, ExportSettings s, int threads, ProgressListener progress)
            throws IOException {
        ImageExporter.checkNotSource(original.path(), s.output());
        ImageExporter.checkNotRead(doc.layers(), original.resources(), s.output());
        ExportOptions options = options(s);
        FloatImage img;
        try (TileRenderer renderer = new TileRenderer(threads, 256, 0)) {
            img = renderer.render(RenderRequest.whole(doc, original.pyramid(), original.resources(), 1.0), progress, cancel);
        }
        cancel.check();
        new ImageExporter().export(img, s.output(), options, original.metadata(), doc.seed(), cancel::isCancelled);
    }

    static ExportOptions options(ExportSettings s) {
        ExportOptions.Format format = s.format() == ExportSettings.Format.TIFF ? ExportOptions.Format.TIFF : ExportOptions.Format.JPEG;
        ExportOptions.Chroma chroma = switch (s.subsampling()) {
            case "4:4:4" -> ExportOptions.Chroma.S444;
            case "4:2:2" -> ExportOptions.Chroma.S422;
            default -> ExportOptions.Chroma.S420;
        };
        ExportOptions.TiffCompression compression = switch (s.compression()) {
            case "none" -> ExportOptions.TiffCompression.NONE;
            case "deflate" -> ExportOptions.TiffCompression.DEFLATE;
            default -> ExportOptions.TiffCompression.LZW;
        };
        return new ExportOptions(format, s.quality(), chroma, s.progressive(), s.bits(), compression, !s.keepPrompt());
    }
}
