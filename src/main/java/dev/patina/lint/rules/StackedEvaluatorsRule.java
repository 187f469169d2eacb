package dev.patina.lint.rules;

import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.Severity;
import java.util.Set;

/**
 * Three or more empty evaluators ("beautiful, stunning, amazing"): they tell the model how to feel,
 * not what is there, and stack into the generic aesthetic-modifier paragraph.
 */
public final class StackedEvaluatorsRule implements LintRule {
    public static final String ID = "stacked-evaluators";
    static final int THRESHOLD = 3;

    private static final Set<String> EVALUATORS = Set.of(
            "beautiful", "gorgeous", "amazing", "incredible", "awesome", "magnificent", "wonderful", "spectacular",
            "lovely", "perfect", "exquisite", "fantastic", "striking", "captivating", "impressive", "glorious",
            "pretty", "splendid", "marvelous", "marvellous", "superb", "astonishing", "extraordinary", "stunning",
            "breathtaking", "majestic", "epic", "mesmerizing", "mesmerising", "dramatic", "cinematic", "awe");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        ParsedPrompt p = ctx.prompt();
        int count = 0, first = -1, last = -1;
        for (int i = 0; i < p.wordCount(); i++) {
            if (!EVALUATORS.contains(p.word(i))) continue;
            if (count++ == 0) first = i;
            last = i;
        }
        if (count < THRESHOLD) return;
        ctx.reportPrompt(ID, Severity.WARNING, p.wordStart(first), p.wordEnd(last), count + " evaluative words "
                + "(beautiful, stunning, amazing...). They describe a reaction, not the image: the model answers them "
                + "with its over-polished default. Use fewer, more precise words: what is there, and how it is lit.",
                null);
    }
}
