package dev.patina.cli;

/** Bad input or usage found by a command: exit 2 with this one-line message. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
