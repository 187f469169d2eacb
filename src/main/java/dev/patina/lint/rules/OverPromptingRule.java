package dev.patina.lint.rules;

import dev.patina.lint.Descriptor;
import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.Severity;
import java.util.List;

/** Far too many descriptors: the model's attention is split across all of them. */
public final class OverPromptingRule implements LintRule {
    public static final String ID = "over-prompting";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        List<Descriptor> d = ctx.prompt().descriptors();
        int max = ctx.config().maxDescriptors();
        if (d.size() <= max) return;
        ctx.reportPrompt(ID, Severity.WARNING, d.get(max).rawStart(), d.get(d.size() - 1).rawEnd(),
                d.size() + " descriptors (more than " + max + "). A prompt with 40 descriptors usually does worse than one "
                        + "with 10: attention is split across competing requirements and the result satisfies none "
                        + "clearly. Keep the few that matter (subject, situation, light, lens, film) and name them precisely.",
                null);
    }
}
