package dev.patina.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Bad input or an output that must not be written: the message is one line naming the file and the
 * problem, so the command line can print it as is and the editor can show it in a dialog.
 */
public class ImageFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public ImageFormatException(Path file, String problem) {
        super(name(file) + ": " + oneLine(problem));
    }

    public ImageFormatException(Path file, String problem, Throwable cause) {
        super(name(file) + ": " + oneLine(problem), cause);
    }

    private static String name(Path file) {
        Path n = file == null ? null : file.getFileName();
        return n == null ? String.valueOf(file) : n.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
