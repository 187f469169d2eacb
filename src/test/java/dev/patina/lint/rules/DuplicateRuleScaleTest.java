package dev.patina.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.lint.Field;
import dev.patina.lint.Finding;
import dev.patina.lint.LintReport;
import dev.patina.lint.PromptLinter;
import dev.patina.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The duplicate rule on long prompts: one lookup per descriptor, not a scan of every finding. */
class DuplicateRuleScaleTest {
    private static Finding removal(int start, int end) {
        return new Finding("other", Severity.WARNING, start, end, Field.PROMPT, "m", "", List.of());
    }

    /** The lookup answers exactly what scanning every removal would. */
    @Test
    void coversAgreesWithAScanOfEveryRemoval() {
        Random rnd = new Random(12);
        for (int round = 0; round < 200; round++) {
            List<Finding> findings = new ArrayList<>();
            int n = rnd.nextInt(30);
            for (int i = 0; i < n; i++) {
                int s = rnd.nextInt(200);
                findings.add(rnd.nextInt(4) == 0
                        ? new Finding("other", Severity.HINT, s, s + rnd.nextInt(50), Field.PROMPT, "m", "photo", List.of())
                        : removal(s, s + rnd.nextInt(50)));
            }
            DuplicateRule.Removals r = new DuplicateRule.Removals(findings);
            for (int q = 0; q < 100; q++) {
                int a = rnd.nextInt(220), b = a + rnd.nextInt(30);
                boolean scan = findings.stream().anyMatch(f -> "".equals(f.replacement()) && f.start() <= a && f.end() >= b);
                assertThat(r.covers(a, b)).as("round %d [%d, %d) in %s", round, a, b, findings).isEqualTo(scan);
            }
        }
    }

    @Test
    void aRepeatInsideAnotherRulesRemovalIsNotReportedTwice() {
        LintReport r = PromptLinter.lint("masterpiece, portrait of a woman, masterpiece, portrait of a woman", "");
        // the second "masterpiece" is removed by the boilerplate rule; the second portrait is a duplicate
        assertThat(r.byRule(DuplicateRule.ID)).hasSize(1);
        assertThat(r.byRule(DuplicateRule.ID).get(0).start()).isGreaterThan(40);
    }

    /**
     * A 1 MB prompt of repeats (half of them boilerplate another rule removes). Before, each
     * repeat scanned every finding so far: over 60 s. The timeout is only a hang guard.
     */
    @Test
    @Timeout(60)
    void aMegabytePromptLints() {
        StringBuilder p = new StringBuilder();
        for (int i = 0; p.length() < (1 << 20); i++) {
            p.append(i % 2 == 0 ? "masterpiece, " : "red " + (i % 7) + " hat, ");
        }
        LintReport r = PromptLinter.lint(p.toString(), "");
        assertThat(r.byRule(DuplicateRule.ID)).hasSizeGreaterThan(10_000);
    }
}
