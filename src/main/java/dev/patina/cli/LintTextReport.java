package dev.patina.cli;

import dev.patina.lint.Field;
import dev.patina.lint.Finding;
import dev.patina.lint.LintReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The human-readable form of a lint report: each finding with the prompt around it. */
final class LintTextReport {
    private static final int CONTEXT = 25;
    private final PrintWriter out;

    LintTextReport(PrintWriter out) {
        this.out = out;
    }

    void print(String label, String generator, String prompt, String negative, Map<String, String> settings,
               List<String> problems, LintReport report) {
        out.println(label + (generator == null ? "" : ": " + generator));
        if (settings.containsKey("model")) out.println("  model:    " + settings.get("model"));
        out.println("  prompt:   " + flat(prompt));
        out.println("  negative: " + (negative.isBlank() ? "(none)" : flat(negative)));
        for (String p : problems) out.println("  note: " + p);
        out.println("  score:    " + report.score() + "/100, " + report.findings().size() + " finding"
                + (report.findings().size() == 1 ? "" : "s"));
        for (Finding f : report.findings()) {
            String text = f.field() == Field.PROMPT ? prompt : negative;
            out.println();
            out.println(f.severity().id() + " " + f.rule() + " (" + f.field().id() + " " + f.start() + "-" + f.end() + "): "
                    + excerpt(text, f.start(), f.end()));
            out.println("    " + f.message());
            if (f.replacement() != null) {
                out.println("    fix: " + (f.replacement().isEmpty() ? "remove it"
                        : f.start() == f.end() ? "add \"" + f.replacement() + "\"" : "replace with \"" + f.replacement() + "\""));
            }
            if (!f.layers().isEmpty()) out.println("    layer: " + String.join(", ", f.layers()));
        }
    }

    /** "…amazing quality, [masterpiece], best…": the span in brackets with some text either side. */
    static String excerpt(String text, int start, int end) {
        int s = Math.min(start, text.length()), e = Math.min(end, text.length());
        int a = Math.max(0, s - CONTEXT), b = Math.min(text.length(), e + CONTEXT);
        String span = text.substring(s, e);
        if (span.length() > 80) span = span.substring(0, 38) + " … " + span.substring(span.length() - 38);
        return (a > 0 ? "…" : "") + flat(text.substring(a, s)) + "[" + flat(span) + "]" + flat(text.substring(e, b))
                + (b < text.length() ? "…" : "");
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
