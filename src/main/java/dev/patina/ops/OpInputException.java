package dev.patina.ops;

/**
 * An op cannot work on this input (an inpaint hole that covers the whole picture, say): bad input
 * to report in one line, not an internal error.
 */
public class OpInputException extends RuntimeException {
    public OpInputException(String message) {
        super(message);
    }
}
