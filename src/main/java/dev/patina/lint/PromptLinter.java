package dev.patina.lint;

import dev.patina.lint.rules.AbstractStyleRule;
import dev.patina.lint.rules.ContradictionRule;
import dev.patina.lint.rules.DuplicateRule;
import dev.patina.lint.rules.ExtremeWeightRule;
import dev.patina.lint.rules.FlatLightingRule;
import dev.patina.lint.rules.HandsUnspecifiedRule;
import dev.patina.lint.rules.IdealizedSubjectRule;
import dev.patina.lint.rules.NegationInPromptRule;
import dev.patina.lint.rules.NegativePromptRule;
import dev.patina.lint.rules.NoFilmOrGrainRule;
import dev.patina.lint.rules.NoLensRule;
import dev.patina.lint.rules.NoLightDirectionRule;
import dev.patina.lint.rules.OverPromptingRule;
import dev.patina.lint.rules.OverSharpeningRule;
import dev.patina.lint.rules.PlainBackgroundRule;
import dev.patina.lint.rules.QualityBoilerplateRule;
import dev.patina.lint.rules.StackedEvaluatorsRule;
import dev.patina.lint.rules.SymmetryRule;
import dev.patina.lint.rules.TokenBudgetRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Says what in a prompt produces the AI look. Pure and thread-safe; the rules come from the seed
 * article on AI tells (plastic skin, light with no direction, no grain, uniform sharpness, symmetry,
 * white backgrounds, quality boilerplate, over-prompting).
 */
public final class PromptLinter {
    /** Order matters where a rule defers to an earlier one (flat lighting before light direction). */
    private static final List<LintRule> RULES = List.of(
            new QualityBoilerplateRule(), new StackedEvaluatorsRule(), new AbstractStyleRule(),
            new OverPromptingRule(), new TokenBudgetRule(), new PlainBackgroundRule(), new IdealizedSubjectRule(),
            new FlatLightingRule(), new NoLightDirectionRule(), new NoLensRule(), new NoFilmOrGrainRule(),
            new SymmetryRule(), new HandsUnspecifiedRule(), new OverSharpeningRule(), new ContradictionRule(),
            new NegationInPromptRule(), new DuplicateRule(), new ExtremeWeightRule(), new NegativePromptRule());

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::field)
            .thenComparingInt(Finding::start).thenComparingInt(Finding::end).thenComparing(Finding::rule);

    private PromptLinter() {}

    /** The ids of every rule, in the order they run. */
    public static List<String> ruleIds() {
        return RULES.stream().map(LintRule::id).toList();
    }

    public static LintReport lint(String prompt, String negative, LintConfig config) {
        if (config == null) config = LintConfig.defaults();
        LintContext ctx = new LintContext(PromptParser.parse(prompt == null ? "" : prompt),
                PromptParser.parse(negative == null ? "" : negative), config);
        if (!ctx.prompt().isBlank()) {
            for (LintRule rule : RULES) rule.check(ctx);
        }
        List<Finding> findings = new ArrayList<>(ctx.findings());
        findings.sort(ORDER);
        return new LintReport(findings, score(findings));
    }

    public static LintReport lint(String prompt, String negative) {
        return lint(prompt, negative, LintConfig.defaults());
    }

    /** A rule repeating itself (six score tags) counts at most this many times toward the score. */
    private static final int MAX_COUNTED_PER_RULE = 3;

    /** 100 minus a penalty per finding by severity; a clean prompt scores 100. */
    static int score(List<Finding> findings) {
        java.util.Map<String, Integer> counted = new java.util.HashMap<>();
        int penalty = 0;
        for (Finding f : findings) {
            if (counted.merge(f.rule(), 1, Integer::sum) <= MAX_COUNTED_PER_RULE) penalty += f.severity().penalty();
        }
        return Math.max(0, 100 - penalty);
    }
}
