package dev.patina.lint.rules;

import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.Severity;
import java.util.Set;

/**
 * "No X" or "without X" in the positive prompt: the text encoder has no reliable notion of
 * negation, so X itself is what the model reads. The fix removes the phrase; the message says
 * where X belongs.
 */
public final class NegationInPromptRule implements LintRule {
    public static final String ID = "negation-in-prompt";
    private static final int MAX_OBJECT_WORDS = 4;

    private static final Set<String> NEGATORS = Set.of("no", "without", "nor");
    /** Idioms where "no" negates nothing visible. */
    private static final Set<String> IDIOM_NEXT = Set.of(
            "longer", "matter", "doubt", "one's", "way", "less", "more", "wonder", "problem", "need");
    /** Booru tags trained as positive concepts: "no humans" means an empty scene. */
    private static final Set<String> TRAINED_TAGS = Set.of("humans");
    private static final Set<String> STOP = Set.of(
            "and", "or", "with", "in", "on", "at", "of", "for", "to", "but", "while", "is", "are", "as", "from");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        ParsedPrompt p = ctx.prompt();
        for (int i = 0; i + 1 < p.wordCount(); i++) {
            if (!NEGATORS.contains(p.word(i))) continue;
            int next = i + 1;
            if (p.wordDescriptor(next) != p.wordDescriptor(i)) continue;
            String first = p.word(next);
            if (IDIOM_NEXT.contains(first) || Character.isDigit(first.charAt(0))) continue;
            if (p.word(i).equals("no") && TRAINED_TAGS.contains(first)) continue;
            int end = next;
            while (end + 1 < p.wordCount() && end + 1 - next < MAX_OBJECT_WORDS
                    && p.wordDescriptor(end + 1) == p.wordDescriptor(i) && !STOP.contains(p.word(end + 1))) {
                end++;
            }
            String object = p.text().substring(p.wordStart(next), p.wordEnd(end));
            String where = ctx.family().readsNegative() ? "Move \"" + object + "\" to the negative prompt."
                    : "This model ignores negative prompts: describe what is there instead.";
            ctx.reportPrompt(ID, Severity.WARNING, p.wordStart(i), p.wordEnd(end), Excerpts.quote(p, p.wordStart(i),
                    p.wordEnd(end)) + ": the model reads the words, not the negation, so \"" + object
                    + "\" is what it draws. " + where, Excerpts.removalOrNull(p, i, end + 1));
            i = end;
        }
    }
}
