package dev.patina.lint.rules;

import dev.patina.lint.ClipTokenizer;
import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ModelFamily;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.Severity;

/**
 * Past the 77-token CLIP window. Tokens are counted on the prompt with its emphasis syntax and
 * extra-network tags removed, which is what the encoder sees.
 */
public final class TokenBudgetRule implements LintRule {
    public static final String ID = "token-budget";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        ParsedPrompt p = ctx.prompt();
        if (p.isBlank()) return;
        ClipTokenizer.Tokens tokens = ClipTokenizer.shared().tokenize(p.plain());
        int count = tokens.count();
        if (count <= ClipTokenizer.CONTENT_TOKENS) return;
        int cutStart = tokens.start(ClipTokenizer.CONTENT_TOKENS);
        int cutEnd = p.wordEnd(p.wordCount() - 1);
        if (cutEnd <= cutStart) cutEnd = p.text().length();
        String cut = Excerpts.quote(p, cutStart, cutEnd);
        ModelFamily family = ctx.family();
        if (family.hasLongWindow()) {
            ctx.reportPrompt(ID, Severity.HINT, cutStart, cutEnd, count + " CLIP tokens, but " + ctx.config().model()
                    + " reads the prompt with a long-context text encoder (about " + family.tokenWindow()
                    + " tokens), so nothing is cut; only its auxiliary CLIP encoder stops at " + cut + ".", null);
            return;
        }
        ctx.reportPrompt(ID, Severity.WARNING, cutStart, cutEnd, count + " CLIP tokens: CLIP reads 75 (77 with start and "
                + "end). From " + cut + " on the text is cut by tools that truncate, or pushed into a second 75-token "
                + "chunk (AUTOMATIC1111, ComfyUI) that the model blends in weakly. Fewer, more precise words do better.",
                null);
    }
}
