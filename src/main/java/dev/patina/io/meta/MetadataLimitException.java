package dev.patina.io.meta;

/**
 * Metadata that would make Patina build more than it reads from any real file (a ComfyUI graph
 * whose string nodes double a text again and again). The message is one sentence for the user.
 */
public final class MetadataLimitException extends RuntimeException {
    public MetadataLimitException(String message) {
        super(message);
    }
}
