package dev.patina.lint.rules;

import dev.patina.lint.Descriptor;
import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.Severity;
import java.util.HashMap;
import java.util.Map;

/** The same descriptor twice: it spends tokens and over-weights one idea. The fix removes the repeat. */
public final class DuplicateRule implements LintRule {
    public static final String ID = "duplicate";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        ParsedPrompt p = ctx.prompt();
        Map<String, Descriptor> seen = new HashMap<>();
        for (Descriptor d : p.descriptors()) {
            Descriptor first = seen.putIfAbsent(d.key(), d);
            if (first == null || alreadyRemoved(ctx, d)) continue;
            boolean balanced = balanced(p.text(), d.rawStart(), d.rawEnd());
            int start = balanced ? d.rawStart() : d.textStart();
            int end = balanced ? d.rawEnd() : d.textEnd();
            ctx.reportPrompt(ID, Severity.HINT, start, end, Excerpts.quote(p, d.textStart(), d.textEnd())
                    + " appears twice. Repeats spend tokens and over-weight one idea; use fewer, more precise words.", "");
        }
    }

    /** Another rule already removes this very text (a repeated "masterpiece"): one finding is enough. */
    private static boolean alreadyRemoved(LintContext ctx, Descriptor d) {
        return ctx.findingsIn(dev.patina.lint.Field.PROMPT).stream().anyMatch(f -> "".equals(f.replacement())
                && f.start() <= d.textStart() && f.end() >= d.textEnd());
    }

    /** Whether the brackets in a raw descriptor pair up, so removing it whole keeps the syntax intact. */
    private static boolean balanced(String text, int start, int end) {
        int round = 0, square = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '(') round++;
            else if (c == ')' && --round < 0) return false;
            else if (c == '[') square++;
            else if (c == ']' && --square < 0) return false;
        }
        return round == 0 && square == 0;
    }
}
