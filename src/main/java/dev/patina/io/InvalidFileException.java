package dev.patina.io;

import java.io.IOException;

/** A preset, project or other input file that cannot be used; the message names the file, field and problem. */
public class InvalidFileException extends IOException {
    public InvalidFileException(String message) {
        super(message);
    }

    public InvalidFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
