package dev.patina.lint.rules;

import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.PhraseSet;
import dev.patina.lint.Severity;

/** A pure white, black or plain studio background with no place: reads as stock photo or mockup. */
public final class PlainBackgroundRule implements LintRule {
    public static final String ID = "plain-background";

    private static final PhraseSet PLAIN = PhraseSet.of(
            "white background", "black background", "plain background", "simple background", "studio background",
            "solid background", "solid color background", "solid colour background", "solid white background",
            "solid black background", "solid grey background", "solid gray background", "grey background",
            "gray background", "blank background", "empty background", "neutral background", "seamless background",
            "pure white background", "pure black background", "plain white background", "plain black background",
            "white backdrop", "black backdrop", "plain backdrop", "studio backdrop", "seamless backdrop",
            "grey backdrop", "gray backdrop", "paper backdrop", "isolated on white", "isolated on black",
            "isolated on a white background", "on a white background", "on white background", "against a white wall",
            "gradient background", "white studio", "infinity cove", "cyclorama");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        if (ctx.artMedium()) return; // a flat background is a legitimate illustration choice
        ParsedPrompt p = ctx.prompt();
        for (PhraseSet.Match m : PLAIN.find(p)) {
            ctx.reportPrompt(ID, ctx.photographic() ? Severity.WARNING : Severity.HINT, m.start(), m.end(),
                    Excerpts.quote(p, m.start(), m.end()) + ": subjects against pure white or black read as stock "
                            + "photography or a product mockup. Real photographs have spatial context: put the subject "
                            + "somewhere specific, doing something; if you need a clean background, cut it out afterwards.",
                    null, "vignette", "depth-of-field");
        }
    }
}
