package dev.patina.lint.rules;

import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.PhraseSet;
import dev.patina.lint.Severity;

/** "Cinematic", "dramatic", "epic", "stunning": a mood word standing in for a physical scene. */
public final class AbstractStyleRule implements LintRule {
    public static final String ID = "abstract-style";
    private static final String LIGHT_REPLACEMENT = "hard light from one side";

    private static final PhraseSet ABSTRACT_LIGHT = PhraseSet.of(
            "cinematic lighting", "dramatic lighting", "moody lighting", "epic lighting", "cinematic light",
            "dramatic light", "atmospheric lighting", "magical lighting", "stunning lighting");
    private static final PhraseSet ABSTRACT = PhraseSet.of(
            "cinematic", "dramatic", "epic", "stunning", "breathtaking", "majestic", "awe inspiring", "mesmerizing",
            "mesmerising", "ethereal", "dreamlike", "dreamy", "moody", "atmospheric", "magical", "otherworldly",
            "cinematic shot", "cinematic still", "cinematic look", "cinematic style", "cinematic photo",
            "cinematic atmosphere", "epic composition", "dramatic atmosphere", "epic scene", "cinematic composition",
            "dramatic composition", "cinematic mood");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        if (ctx.artMedium()) return;
        ParsedPrompt p = ctx.prompt();
        for (PhraseSet.Match m : ABSTRACT_LIGHT.find(p)) {
            ctx.reportPrompt(ID, Severity.HINT, m.start(), m.end(), Excerpts.quote(p, m.start(), m.end())
                    + " is a mood, not a light. Name the physical light: where it comes from and how hard it is.",
                    LIGHT_REPLACEMENT, "relight");
        }
        for (PhraseSet.Match m : ABSTRACT.find(p)) {
            if (overlapsLight(p, m)) continue;
            ctx.reportPrompt(ID, Severity.HINT, m.start(), m.end(), Excerpts.quote(p, m.start(), m.end())
                    + " is an abstract style word standing in for a scene. Lead with the subject and situation: instead of "
                    + "\"cinematic dramatic portrait\" write \"a man in his 40s standing in front of a window, afternoon "
                    + "light coming from the left\".", null);
        }
    }

    private static boolean overlapsLight(ParsedPrompt p, PhraseSet.Match m) {
        return m.endWord() < p.wordCount() && p.wordDescriptor(m.endWord()) == p.wordDescriptor(m.firstWord())
                && (p.word(m.endWord()).equals("lighting") || p.word(m.endWord()).equals("light"));
    }
}
