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

    /** One human sentence for an exception: the file and the problem, not a stack trace. */
    public static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "Not enough memory for this image. Close other images or raise the memory limit (-Xmx) and try again.";
        }
        if (e instanceof InvalidFileException) return e.getMessage();
        if (e instanceof NoSuchFileException n) return n.getFile() + ": no such file";
        if (e instanceof AccessDeniedException a) return a.getFile() + ": permission denied";
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
