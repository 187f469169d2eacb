package dev.patina;

import dev.patina.cli.PatinaCli;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Entry point of the jar: a known command runs headless on the command line; no arguments, or an
 * image file, opens the editor. Without a display, or for a word that is neither a command nor a
 * file, it says so in one line and exits 2 instead of trying to open a window.
 */
public final class Main {
    /** What {@link #run} returns when the editor should open. */
    static final int OPEN_EDITOR = -1;

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err, Main::displayProblem);
        if (code == OPEN_EDITOR) {
            dev.patina.ui.EditorApp.launch(args);
            return;
        }
        System.exit(code);
    }

    /**
     * Runs a command and returns its exit code, or {@link #OPEN_EDITOR}. {@code displayProblem}
     * returns null when a window can be opened, else why not.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<String> displayProblem) {
        if (!opensEditor(args)) return PatinaCli.run(args, out, err);
        if (args.length == 1 && !isFile(args[0])) {
            err.println("patina: " + args[0] + ": no such command or file (commands: "
                + String.join(", ", PatinaCli.commandLine().getSubcommands().keySet()) + "; see patina --help)");
            err.flush();
            return PatinaCli.BAD_INPUT;
        }
        String problem = displayProblem.get();
        if (problem != null) {
            err.println("patina: the editor needs a display (" + problem + "); the commands run without one, see patina --help");
            err.flush();
            return PatinaCli.BAD_INPUT;
        }
        return OPEN_EDITOR;
    }

    static boolean opensEditor(String[] args) {
        if (args.length == 0) return true;
        if (args.length > 1 || args[0].startsWith("-")) return false;
        return !PatinaCli.commandLine().getSubcommands().containsKey(args[0]);
    }

    private static boolean isFile(String arg) {
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Null when a window can be opened; else the reason (no DISPLAY, an X server that does not answer). */
    static String displayProblem() {
        if (GraphicsEnvironment.isHeadless()) return "no DISPLAY is set";
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return null;
        } catch (AWTError | HeadlessException e) {
            String m = e.getMessage();
            return m == null ? e.toString() : m.replaceAll("\\s*\\R\\s*", " ").trim();
        }
    }
}
