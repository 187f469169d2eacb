package dev.patina.io;

import java.util.function.BooleanSupplier;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOWriteProgressListener;

/** Aborts an ImageIO write as soon as the user cancels, instead of finishing a file nobody wants. */
final class Abort implements IIOWriteProgressListener {
    private final BooleanSupplier cancelled;

    Abort(BooleanSupplier cancelled) { this.cancelled = cancelled; }

    @Override public void imageProgress(ImageWriter source, float percentageDone) {
        if (cancelled.getAsBoolean()) source.abort();
    }

    @Override public void imageStarted(ImageWriter source, int imageIndex) { imageProgress(source, 0); }
    @Override public void imageComplete(ImageWriter source) { }
    @Override public void thumbnailStarted(ImageWriter source, int imageIndex, int thumbnailIndex) { }
    @Override public void thumbnailProgress(ImageWriter source, float percentageDone) { }
    @Override public void thumbnailComplete(ImageWriter source) { }
    @Override public void writeAborted(ImageWriter source) { }
}
