package dev.patina.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The output file cannot be written: its folder is missing or read-only, it is a folder, the disk
 * is full. The user's problem, not Patina's; the message names the file and the reason in one line.
 */
public final class OutputException extends IOException {
    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code target: cannot write (reason)}, the reason as the system gave it. */
    static OutputException of(Path target, IOException e) {
        if (e instanceof OutputException o) return o;
        return new OutputException(target + ": cannot write (" + reason(e) + ")", e);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such folder";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
