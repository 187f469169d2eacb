package dev.patina.lint.rules;

import dev.patina.lint.Cues;
import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.PhraseSet;
import dev.patina.lint.Severity;
import java.util.List;

/**
 * A photograph whose prompt never says where the light comes from. When the prompt names a light
 * without a direction ("soft lighting"), the fix adds the direction to it; otherwise it appends one.
 */
public final class NoLightDirectionRule implements LintRule {
    public static final String ID = "no-light-direction";
    private static final String DIRECTION = "from the left";

    private static final PhraseSet UNDIRECTED_LIGHT = PhraseSet.of(
            "soft lighting", "soft light", "natural lighting", "natural light", "warm lighting", "warm light",
            "cool lighting", "golden light", "volumetric lighting", "volumetric light", "beautiful lighting", "good lighting", "nice lighting",
            "lighting", "daylight", "sunlight", "soft natural light", "soft natural lighting", "warm natural light",
            "ambient light", "bright light", "dim light", "dim lighting", "low light", "lowlight");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        if (!ctx.photographic() || ctx.hasFinding(FlatLightingRule.ID)) return;
        // an abstract "dramatic lighting" already gets a directional replacement
        if (ctx.findings(AbstractStyleRule.ID).stream().anyMatch(f -> f.replacement() != null)) return;
        ParsedPrompt p = ctx.prompt();
        if (Cues.LIGHT_DIRECTION.any(p) || mentionsSideNearLight(p)) return;
        String message = "A photograph with no stated light direction gets the model's default: even, warm, perfectly "
                + "diffused light no real place produces. Real photos always have a direction with shadows on the "
                + "opposite side; \"morning light from the left\" does more than any quality word.";
        List<PhraseSet.Match> lights = UNDIRECTED_LIGHT.find(p);
        if (!lights.isEmpty()) {
            PhraseSet.Match m = lights.get(0);
            ctx.reportPrompt(ID, Severity.WARNING, m.start(), m.end(), Excerpts.quote(p, m.start(), m.end())
                    + " has no direction. " + message, p.text().substring(m.start(), m.end()) + " " + DIRECTION, "relight");
            return;
        }
        int end = p.text().length();
        ctx.reportPrompt(ID, Severity.WARNING, end, end, message, "light " + DIRECTION, "relight");
    }

    /** "light ... left", "sun ... behind": a light word and a side within a few words of each other. */
    private static boolean mentionsSideNearLight(ParsedPrompt p) {
        for (int i = 0; i < p.wordCount(); i++) {
            String w = p.word(i);
            if (!(w.startsWith("light") || w.equals("lit") || w.startsWith("sun") || w.equals("lamp"))) continue;
            for (int j = i + 1; j < Math.min(p.wordCount(), i + 5); j++) {
                if (p.wordDescriptor(j) != p.wordDescriptor(i)) break;
                switch (p.word(j)) {
                    case "left", "right", "above", "behind", "below", "side", "overhead", "window", "doorway":
                        return true;
                    default:
                }
            }
        }
        return false;
    }
}
