package dev.patina.lint.rules;

import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.PhraseSet;
import dev.patina.lint.Severity;

/** "Symmetrical", "perfectly centered": the visual balance models are already biased toward. */
public final class SymmetryRule implements LintRule {
    public static final String ID = "symmetry";

    private static final PhraseSet SYMMETRY = PhraseSet.of(
            "symmetrical", "symmetric", "symmetry", "perfect symmetry", "perfectly symmetrical", "perfectly symmetric",
            "perfectly centered", "perfectly centred", "centered composition", "centred composition", "centered",
            "centred", "dead center", "dead centre", "in the center of the frame", "in the centre of the frame",
            "perfectly balanced", "balanced composition", "symmetrical composition", "mirror symmetry",
            "symmetrical face", "symmetric face", "perfectly symmetrical face", "perfect symmetrical face");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        if (ctx.artMedium()) return;
        ParsedPrompt p = ctx.prompt();
        for (PhraseSet.Match m : SYMMETRY.find(p)) {
            if (m.firstWord() > 0 && p.word(m.firstWord() - 1).equals("off")) continue; // "off-centered"
            String next = nextWord(p, m);
            boolean bodyAfter = BODY.contains(next), frameAfter = FRAMING.contains(next);
            int end = bodyAfter || frameAfter ? p.wordEnd(m.endWord()) : m.end();
            String replacement = bodyAfter ? "slightly asymmetric " + next
                    : m.phrase().endsWith("face") ? "slightly asymmetric face" : "off-center composition";
            ctx.reportPrompt(ID, Severity.WARNING, m.start(), end, Excerpts.quote(p, m.start(), end)
                    + " feeds the model's bias toward balance. Real faces are not symmetrical and real scenes are rarely "
                    + "centred: ask for off-center composition, candid framing, asymmetric subjects.", replacement);
        }
    }

    private static final java.util.Set<String> BODY = java.util.Set.of("face", "eyes", "eye", "features", "body", "smile");
    private static final java.util.Set<String> FRAMING = java.util.Set.of(
            "shot", "balance", "composition", "framing", "frame", "portrait", "view");

    /** The word right after the match in the same descriptor, or "". */
    private static String nextWord(ParsedPrompt p, PhraseSet.Match m) {
        return m.endWord() < p.wordCount() && p.wordDescriptor(m.endWord()) == p.wordDescriptor(m.firstWord())
                ? p.word(m.endWord()) : "";
    }
}
