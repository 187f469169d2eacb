package dev.patina.ui.files;

import dev.patina.doc.Document;
import dev.patina.image.FloatImage;
import dev.patina.io.AtomicFiles;
import dev.patina.render.CancelToken;
import dev.patina.render.ProgressListener;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;

import java.io.IOException;

/**
 * Renders a document at full resolution and writes it, on the calling (background) thread. It
 * renders on its own renderer, so the live preview's workers stay free for editing meanwhile.
 */
public final class ExportTask {
    private final CancelToken cancel = new CancelToken();

    public void cancel() { cancel.cancel(); }

    public void run(Document doc, LoadedImage original, ExportSettings settings, int threads,
                    ProgressListener progress) throws IOException {
        if (AtomicFiles.sameFile(original.path(), settings.output())) {
            throw new IOException(settings.output().getFileName() + ": refusing to overwrite the original");
        }
        FloatImage img;
        try (TileRenderer renderer = new TileRenderer(threads, 256, 0)) {
            img = renderer.render(RenderRequest.whole(doc, original.pyramid(), original.resources(), 1.0), progress, cancel);
        }
        cancel.check();
        ImageIoExportWriter.write(img, settings);
    }
}
