package dev.patina.scene;

/** A cascade file that is not a well-formed OpenCV boosted Haar cascade: the message says what is wrong. */
public final class CascadeFormatException extends RuntimeException {
    public CascadeFormatException(String message) {
        super(message);
    }

    public CascadeFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
