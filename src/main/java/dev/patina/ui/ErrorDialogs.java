package dev.patina.ui;

import dev.patina.io.InvalidFileException;

import javax.swing.JOptionPane;
import java.awt.Component;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Clear messages for things that went wrong; the editor stays usable after every one of them. */
public final class ErrorDialogs {
    private ErrorDialogs() {}

    public static void show(Component parent, String title, Throwable e) {
        JOptionPane.showMessageDialog(parent, describe(e), title, JOptionPane.ERROR_MESSAGE);
    }

    /** A render wraps a worker's OutOfMemoryError in its own exception: look down the chain. */
    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    /** One human sentence for an exception: the file and the problem, not a stack trace. */
    public static String describe(Throwable e) {
        if (outOfMemory(e)) {
            return "Not enough memory for this image. Close other images or raise the memory limit (-Xmx) and try again.";
        }
        if (e instanceof InvalidFileException) return e.getMessage();
        if (e instanceof NoSuchFileException n) return n.getFile() + ": no such file";
        if (e instanceof AccessDeniedException a) return a.getFile() + ": permission denied";
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
