package dev.patina.lint.rules;

import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.PhraseSet;
import dev.patina.lint.Severity;

/**
 * "HDR", "hyper sharp", "everything in focus": uniform sharpness and edge contrast that make
 * surfaces sharper and more plastic at once, with no focal plane.
 */
public final class OverSharpeningRule implements LintRule {
    public static final String ID = "over-sharpening";

    static final PhraseSet ALL_SHARP = PhraseSet.of(
            "everything in focus", "everything is in focus", "all in focus", "sharp focus everywhere",
            "everything sharp", "everything is sharp", "infinite depth of field", "deep focus", "sharp background",
            "sharp foreground and background", "front to back sharpness", "focus stacking", "focus stacked");
    private static final PhraseSet SHARPENED = PhraseSet.of(
            "sharp focus", "hyper sharp", "ultra sharp", "super sharp", "razor sharp", "extremely sharp", "very sharp",
            "crisp details", "sharpened", "oversharpened", "over sharpened", "high sharpness", "hdr", "hdr photo",
            "hdri", "hdr tone mapping", "tone mapped", "tone mapping", "high dynamic range", "sharp details",
            "crisp sharp", "insanely sharp", "hypersharp", "ultrasharp");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        if (ctx.artMedium()) return;
        ParsedPrompt p = ctx.prompt();
        java.util.List<PhraseSet.Match> allSharp = ALL_SHARP.find(p);
        for (PhraseSet.Match m : allSharp) {
            ctx.reportPrompt(ID, Severity.WARNING, m.start(), m.end(), Excerpts.quote(p, m.start(), m.end())
                    + ": real cameras focus at one distance; everything else falls off with aperture and distance. "
                    + "Equal sharpness from foreground to background is a rendered look. In a portrait the eyes are the "
                    + "sharpest point.", "shallow depth of field", "depth-of-field");
        }
        for (PhraseSet.Match m : SHARPENED.find(p)) {
            if (allSharp.stream().anyMatch(a -> a.start() < m.end() && m.start() < a.end())) continue;
            ctx.reportPrompt(ID, Severity.WARNING, m.start(), m.end(), Excerpts.quote(p, m.start(), m.end())
                    + " asks for edge contrast and tone mapping: the image gets sharper and more plastic at once, the "
                    + "over-sharpened soap-opera look. Real photos have optical softness at the edges and in shadows.",
                    Excerpts.removalOrNull(p, m.firstWord(), m.endWord()), "clarity");
        }
    }
}
