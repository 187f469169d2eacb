package dev.patina.lint.rules;

import dev.patina.lint.Cues;
import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.PhraseSet;
import dev.patina.lint.Severity;

/** Ring light, "soft even lighting", "studio lighting": light with no direction, the ring-light face. */
public final class FlatLightingRule implements LintRule {
    public static final String ID = "flat-lighting";
    static final String REPLACEMENT = "window light from the left";

    private static final PhraseSet FLAT = PhraseSet.of(
            "ring light", "ringlight", "ring lit", "ring lighting", "even lighting", "even light", "evenly lit",
            "soft even lighting", "soft even light", "flat lighting", "flat light", "studio lighting", "studio light",
            "studio lights", "frontal lighting", "front lighting", "front lit", "frontal light", "on axis lighting",
            "on axis light", "on camera flash", "shadowless", "shadowless lighting", "perfect lighting",
            "professional lighting", "uniform lighting", "diffused lighting", "diffuse lighting",
            "soft diffused lighting", "soft diffused light", "beauty lighting", "beauty light", "softbox lighting",
            "bright even lighting", "well lit", "perfectly lit", "evenly illuminated", "balanced lighting",
            "ambient lighting", "studio flash");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        if (ctx.artMedium()) return;
        ParsedPrompt p = ctx.prompt();
        boolean directionStated = Cues.LIGHT_DIRECTION.any(p);
        for (PhraseSet.Match m : FLAT.find(p)) {
            ctx.reportPrompt(ID, directionStated ? Severity.HINT : Severity.WARNING, m.start(), m.end(),
                    Excerpts.quote(p, m.start(), m.end()) + " gives even, shadowless frontal light, the ring-light face "
                            + "that removes all depth. Real photographs have a defined light direction with shadows on the "
                            + "opposite side: say where the light comes from.", REPLACEMENT, "relight");
        }
    }
}
