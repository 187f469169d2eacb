package dev.patina.cli;

import dev.patina.doc.ParamException;
import dev.patina.io.ImageFormatException;
import dev.patina.io.InvalidFileException;
import dev.patina.io.OutputException;
import dev.patina.ops.OpInputException;
import dev.patina.ops.ResourceException;
import dev.patina.render.RenderException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * The command line: {@code patina <command>}. Exit codes: 0 success, 2 bad input or usage (one
 * line on stderr naming the file and the problem), 1 internal error.
 */
@Command(name = "patina", mixinStandardHelpOptions = true, version = "Patina 0.1",
    description = "Finish AI-generated images so they read as photographs. Without a command, opens the editor.",
    subcommands = {RenderCommand.class, LintCommand.class, LayersCommand.class, MasksCommand.class, BenchCommand.class})
public final class PatinaCli implements Runnable {
    public static final int OK = 0, INTERNAL = 1, BAD_INPUT = 2;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command with the given streams and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PatinaCli());
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter err = line.getErr();
            if (isBadInput(ex)) {
                err.println("patina: " + oneLine(message(ex)));
                return BAD_INPUT;
            }
            if (causedByOutOfMemory(ex)) {
                err.println("patina: out of memory: this needs more than the " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB Java may use; run it with more (java -Xmx8g -jar patina.jar ...), fewer --threads, or a smaller --scale");
                return INTERNAL;
            }
            err.println("patina: internal error: " + oneLine(String.valueOf(ex)));
            ex.printStackTrace(err);
            return INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("patina: " + oneLine(ex.getMessage()) + " (see --help)");
            return BAD_INPUT;
        });
        return cl;
    }

    static boolean isBadInput(Throwable ex) {
        return ex instanceof BadInputException || ex instanceof InvalidFileException || ex instanceof ParamException
            || ex instanceof ResourceException || ex instanceof OpInputException || ex instanceof RenderException
            || ex instanceof NoSuchFileException || ex instanceof AccessDeniedException || ex instanceof ImageFormatException
            || ex instanceof OutputException;
    }

    /** Out of memory anywhere in the chain (a render wraps a worker's error in its own exception). */
    static boolean causedByOutOfMemory(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    private static String message(Throwable ex) {
        if (ex instanceof NoSuchFileException n) return n.getFile() + ": no such file";
        if (ex instanceof AccessDeniedException a) return a.getFile() + ": permission denied";
        return ex.getMessage() == null ? ex.toString() : ex.getMessage();
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
