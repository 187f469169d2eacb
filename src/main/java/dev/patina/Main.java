package dev.patina;

import dev.patina.cli.PatinaCli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the jar: a known command runs headless on the command line; no arguments, or an
 * image file, opens the editor.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (opensEditor(args)) {
            dev.patina.ui.EditorApp.launch(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(PatinaCli.run(args, out, err));
    }

    static boolean opensEditor(String[] args) {
        if (args.length == 0) return true;
        if (args.length > 1 || args[0].startsWith("-")) return false;
        return !PatinaCli.commandLine().getSubcommands().containsKey(args[0]);
    }
}
