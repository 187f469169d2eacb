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
            boolean faceAfter = nextWordIs(p, m, "face");
            boolean face = faceAfter || m.phrase().endsWith("face");
            int end = faceAfter ? p.wordEnd(m.endWord()) : m.end();
            ctx.reportPrompt(ID, Severity.WARNING, m.start(), end, Excerpts.quote(p, m.start(), end)
                    + " feeds the model's bias toward balance. Real faces are not symmetrical and real scenes are rarely "
                    + "centred: ask for off-center composition, candid framing, asymmetric subjects.",
                    face ? "slightly asymmetric face" : "off-center composition");
        }
    }

    private static boolean nextWordIs(ParsedPrompt p, PhraseSet.Match m, String word) {
        return m.endWord() < p.wordCount() && p.word(m.endWord()).equals(word)
                && p.wordDescriptor(m.endWord()) == p.wordDescriptor(m.firstWord());
    }
}
