package dev.patina.lint.rules;

import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.Severity;
import dev.patina.lint.WeightGroup;
import java.util.List;
import java.util.Locale;

/**
 * Emphasis of 1.5 or more, e.g. {@code (x:1.6)} or {@code (((((x)))))}: the emphasised words take
 * over the image and burn in artefacts. The fix rewrites the whole bracket nest as {@code (x:1.3)}.
 */
public final class ExtremeWeightRule implements LintRule {
    public static final String ID = "extreme-weight";
    static final double LIMIT = 1.5;
    private static final String TARGET = "1.3";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        ParsedPrompt p = ctx.prompt();
        List<WeightGroup> groups = p.groups();
        for (int i = 0; i < groups.size(); i++) {
            WeightGroup g = groups.get(i);
            if (g.effectiveWeight() < LIMIT - 1e-9) continue;
            if (g.parent() >= 0 && groups.get(g.parent()).effectiveWeight() >= LIMIT - 1e-9) continue;
            int top = i;
            while (groups.get(top).parent() >= 0 && wrapsOnly(p.text(), groups.get(groups.get(top).parent()), groups.get(top))) {
                top = groups.get(top).parent();
            }
            WeightGroup outer = groups.get(top);
            String inner = withoutSyntax(p, g.open() + 1, g.contentEnd());
            if (inner.isBlank()) continue;
            ctx.reportPrompt(ID, Severity.WARNING, outer.open(), outer.close() + 1, String.format(Locale.ROOT,
                    "Weight %.2f on %s: past about 1.5 the emphasised words take over the image and burn in artefacts "
                            + "(oversaturated colour, warped shapes). 1.1 to 1.3 is enough.", g.effectiveWeight(),
                    Excerpts.quote(p, g.open() + 1, g.contentEnd())), "(" + inner + ":" + TARGET + ")");
        }
    }

    /** The parent group holds nothing but the child (and blanks). */
    private static boolean wrapsOnly(String text, WeightGroup parent, WeightGroup child) {
        for (int k = parent.open() + 1; k < parent.contentEnd(); k++) {
            if (k >= child.open() && k <= child.close()) continue;
            if (!Character.isWhitespace(text.charAt(k))) return false;
        }
        return true;
    }

    /** The original text of a range with emphasis brackets and weights left out, single-spaced. */
    private static String withoutSyntax(ParsedPrompt p, int from, int to) {
        String plain = p.plain();
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            char c = p.text().charAt(k);
            boolean masked = plain.charAt(k) == ' ' && !Character.isWhitespace(c);
            sb.append(masked ? ' ' : c);
        }
        return sb.toString().replaceAll("\\s+", " ").trim();
    }
}
