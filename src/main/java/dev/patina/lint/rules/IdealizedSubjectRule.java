package dev.patina.lint.rules;

import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.PhraseSet;
import dev.patina.lint.Severity;
import java.util.Set;

/**
 * "Perfect skin", "flawless", "a beautiful woman": an ideal instead of an observed person, which
 * the model renders as polished silicone.
 */
public final class IdealizedSubjectRule implements LintRule {
    public static final String ID = "idealized-subject";

    private static final PhraseSet SKIN = PhraseSet.of(
            "perfect skin", "flawless skin", "smooth skin", "silky skin", "porcelain skin", "poreless skin", "poreless",
            "airbrushed", "airbrushed skin", "flawless", "flawless complexion", "perfect complexion", "flawless face",
            "flawless beauty", "glossy skin", "plastic skin", "doll like skin", "baby skin", "perfect smooth skin",
            "smooth flawless skin", "glowing flawless skin", "silky smooth skin");
    private static final PhraseSet IDEAL_FACE = PhraseSet.of(
            "perfect face", "perfect body", "perfect features", "perfect facial features", "perfect teeth",
            "perfect woman", "perfect girl", "perfect man", "ideal face", "perfect eyes", "perfect anatomy");
    private static final Set<String> PRAISE = Set.of(
            "beautiful", "gorgeous", "pretty", "stunning", "attractive", "handsome", "lovely", "hot", "sexy", "cute");
    private static final Set<String> PERSON = Set.of(
            "woman", "women", "girl", "girls", "man", "men", "lady", "ladies", "boy", "model", "face", "person",
            "bride", "female", "male", "guy", "actress", "people");
    /** Observed detail that makes "a beautiful woman" more than an ideal. */
    private static final Set<String> OBSERVED = Set.of(
            "freckles", "freckled", "wrinkles", "wrinkled", "lines", "mole", "scar", "pores", "stubble", "blemishes", "acne", "aged", "years",
            "mid", "30s", "40s", "50s", "60s", "70s", "20s", "elderly", "old", "gap", "crooked", "asymmetric",
            "uneven", "tired", "sunburned", "weathered", "texture");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        if (ctx.artMedium()) return;
        ParsedPrompt p = ctx.prompt();
        for (PhraseSet.Match m : SKIN.find(p)) {
            ctx.reportPrompt(ID, Severity.WARNING, m.start(), m.end(), Excerpts.quote(p, m.start(), m.end())
                    + " asks for retouched skin, and the model delivers polished silicone: every pore erased. Real skin "
                    + "has pores, fine hairs, subtle redness and uneven shine: name some of them.",
                    "natural skin texture with visible pores", "skin-retouch");
        }
        for (PhraseSet.Match m : IDEAL_FACE.find(p)) {
            ctx.reportPrompt(ID, Severity.WARNING, m.start(), m.end(), Excerpts.quote(p, m.start(), m.end())
                    + " describes an ideal, not a person: real faces and bodies are asymmetric and imperfect, and "
                    + "imperfection is what reads as real.", null, "skin-retouch");
        }
        for (int i = 0; i + 1 < p.wordCount(); i++) {
            if (!PRAISE.contains(p.word(i))) continue;
            int noun = i + 1;
            if (noun < p.wordCount() && (p.word(noun).equals("young") || p.word(noun).equals("blonde"))) noun++;
            if (noun >= p.wordCount() || !PERSON.contains(p.word(noun))
                    || p.wordDescriptor(noun) != p.wordDescriptor(i) || hasObservedDetail(p, p.wordDescriptor(i))) {
                continue;
            }
            ctx.reportPrompt(ID, Severity.WARNING, p.wordStart(i), p.wordEnd(i), Excerpts.quote(p, p.wordStart(i),
                    p.wordEnd(noun)) + " is the model's default beautiful-portrait template. Describe someone observed "
                    + "instead: \"a woman in her mid-30s with slight laugh lines, natural freckles, one eyebrow slightly "
                    + "higher than the other\".", "", "skin-retouch");
        }
    }

    private static boolean hasObservedDetail(ParsedPrompt p, int descriptor) {
        int first = p.firstWordAtOrAfter(p.descriptors().get(descriptor).textStart());
        for (int i = first; i < p.wordCount() && p.wordDescriptor(i) == descriptor; i++) {
            if (OBSERVED.contains(p.word(i))) return true;
        }
        return false;
    }
}
