package dev.patina.lint.rules;

import dev.patina.lint.Cues;
import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.PhraseSet;
import dev.patina.lint.Severity;

/** A photograph with no camera, focal length or aperture: no optical character to imitate. */
public final class NoLensRule implements LintRule {
    public static final String ID = "no-lens";

    private static final PhraseSet PORTRAIT = PhraseSet.of(
            "portrait", "headshot", "face", "woman", "man", "girl", "boy", "person", "close up", "closeup");
    private static final PhraseSet WIDE_SCENE = PhraseSet.of(
            "landscape", "scenery", "architecture", "cityscape", "mountains", "mountain", "valley", "skyline",
            "interior", "room", "street", "building", "forest");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        if (!ctx.photographic()) return;
        ParsedPrompt p = ctx.prompt();
        if (Cues.LENS.any(p)) return;
        String lens = PORTRAIT.any(p) ? "85mm lens at f/1.8" : WIDE_SCENE.any(p) ? "35mm lens at f/8" : "50mm lens at f/2";
        int end = p.text().length();
        ctx.reportPrompt(ID, Severity.HINT, end, end, "No camera, focal length or aperture. Real photographs are taken "
                + "with specific glass: wide angles bend the frame edges, telephotos compress distance, wide apertures "
                + "give soft bokeh. Models reproduce these optics accurately when asked, e.g. \"" + lens + "\".",
                "shot on " + lens);
    }
}
