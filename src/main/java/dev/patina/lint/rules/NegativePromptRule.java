package dev.patina.lint.rules;

import dev.patina.lint.Field;
import dev.patina.lint.Finding;
import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.PhraseSet;
import dev.patina.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Advice on the negative prompt: the model does not read omission as instruction, so the tells of
 * the AI look have to be named there. Flux-family models ignore the negative entirely.
 */
public final class NegativePromptRule implements LintRule {
    public static final String ID = "negative-prompt";
    /** Missing at least this many of the tell groups is worth a hint. */
    private static final int MISSING_THRESHOLD = 3;

    /** The seed's list of tells, each with the words that count as naming it; the first is suggested. */
    private record Tell(String suggestion, PhraseSet names) {}

    private static final List<Tell> TELLS = List.of(
            new Tell("smooth plastic skin", PhraseSet.of("smooth skin", "plastic skin", "airbrushed", "waxy skin",
                    "porcelain skin", "flawless skin", "perfect skin", "smooth plastic skin", "doll", "plastic")),
            new Tell("HDR", PhraseSet.of("hdr", "tone mapping", "tone mapped", "oversharpened", "over sharpened",
                    "oversaturated", "over saturated")),
            new Tell("symmetrical face", PhraseSet.of("symmetrical face", "symmetry", "symmetrical", "symmetric",
                    "perfectly centered")),
            new Tell("studio backdrop", PhraseSet.of("studio backdrop", "plain background", "white background",
                    "studio background", "simple background", "blank background", "backdrop")),
            new Tell("artificial lighting", PhraseSet.of("artificial lighting", "ring light", "flat lighting",
                    "studio lighting", "even lighting", "artificial light")),
            new Tell("neon glow", PhraseSet.of("neon", "neon glow", "neon lights", "neon effects", "glow", "glowing")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        ParsedPrompt neg = ctx.negative();
        String text = neg.text();
        if (!ctx.family().readsNegative()) {
            if (!text.isBlank()) {
                ctx.report(new Finding(ID, Severity.WARNING, 0, text.length(), Field.NEGATIVE, ctx.config().model()
                        + " is a Flux-family model: guidance-distilled, it ignores the negative prompt. Say what you want "
                        + "in the prompt itself, in positive terms.", null, List.of()));
            }
            return;
        }
        if (!ctx.photographic()) return;
        List<String> missing = new ArrayList<>();
        for (Tell t : TELLS) if (!t.names().any(neg)) missing.add(t.suggestion());
        if (text.isBlank()) {
            ctx.report(new Finding(ID, Severity.HINT, 0, text.length(), Field.NEGATIVE, "No negative prompt. The model "
                    + "does not read omission as instruction: name the tells you do not want.",
                    String.join(", ", missing), List.of()));
        } else if (missing.size() >= MISSING_THRESHOLD) {
            int end = text.length();
            ctx.report(new Finding(ID, Severity.HINT, end, end, Field.NEGATIVE, "The negative prompt does not name "
                    + "the AI tells: " + String.join(", ", missing) + ". The model does not read omission as "
                    + "instruction; name what you do not want.", String.join(", ", missing), List.of()));
        }
    }
}
