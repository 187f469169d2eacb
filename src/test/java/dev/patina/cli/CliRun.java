package dev.patina.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line as a user types it: its exit code and what it printed. */
public record CliRun(int exit, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PatinaCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
