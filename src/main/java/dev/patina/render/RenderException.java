package dev.patina.render;

/** A render that cannot proceed because of its input (a layer's file cannot be used, say). */
public class RenderException extends RuntimeException {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
