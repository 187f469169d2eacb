package dev.patina.lint.rules;

import dev.patina.lint.Cues;
import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.Severity;

/** A photograph with no film stock, grain or medium: the clean, noiseless surface of a render. */
public final class NoFilmOrGrainRule implements LintRule {
    public static final String ID = "no-film-or-grain";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        if (!ctx.photographic()) return;
        ParsedPrompt p = ctx.prompt();
        if (Cues.FILM.any(p)) return;
        boolean mono = Cues.BLACK_AND_WHITE.any(p);
        String stock = mono ? "Kodak Tri-X 400, film grain" : "film grain, Kodak Portra 400";
        int end = p.text().length();
        ctx.reportPrompt(ID, Severity.HINT, end, end, "No film stock, grain or medium. Grain is noise and noise is "
                + "information: the eye links it with real capture. A film stock adds grain, colour shifts and tonal "
                + "character cheaply, e.g. \"" + stock + "\".", stock, "grain", "film-stock");
    }
}
