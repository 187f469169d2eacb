package dev.patina.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromptFixerTest {

    private static Finding removal(String text, String part) {
        int s = text.indexOf(part);
        return new Finding("t", Severity.WARNING, s, s + part.length(), Field.PROMPT, "m", "", List.of());
    }

    @Test
    void removalTakesOneCommaAndTheEmphasisWithIt() {
        assertThat(PromptFixer.apply("a fox, 8k, snow", removal("a fox, 8k, snow", "8k"))).isEqualTo("a fox, snow");
        assertThat(PromptFixer.apply("8k, a fox", removal("8k, a fox", "8k"))).isEqualTo("a fox");
        assertThat(PromptFixer.apply("a fox, 8k", removal("a fox, 8k", "8k"))).isEqualTo("a fox");
        assertThat(PromptFixer.apply("a fox, (8k:1.2), snow", removal("a fox, (8k:1.2), snow", "8k"))).isEqualTo("a fox, snow");
        assertThat(PromptFixer.apply("a fox, ((8k)), snow", removal("a fox, ((8k)), snow", "8k"))).isEqualTo("a fox, snow");
        assertThat(PromptFixer.apply("8k ultra detailed fox", removal("8k ultra detailed fox", "8k"))).isEqualTo("ultra detailed fox");
        assertThat(PromptFixer.apply("A fox. 8k. Snow.", removal("A fox. 8k. Snow.", "8k"))).isEqualTo("A fox. Snow.");
    }

    @Test
    void insertionAtTheEndJoinsWithAComma() {
        Finding add = new Finding("t", Severity.HINT, 9, 9, Field.PROMPT, "m", "film grain", List.of());
        assertThat(PromptFixer.apply("photo, ox", new Finding("t", Severity.HINT, 9, 9, Field.PROMPT, "m", "film grain", List.of())))
                .isEqualTo("photo, ox, film grain");
        assertThat(PromptFixer.apply("photo, ox,", new Finding("t", Severity.HINT, 10, 10, Field.PROMPT, "m", "film grain",
                List.of()))).isEqualTo("photo, ox, film grain");
        assertThat(add.hasFix()).isTrue();
    }

    @Test
    void applyAllRewritesAndASecondPassChangesNothing() {
        String p = "photo of a beautiful woman with perfect skin, ring light, white background, 8k, masterpiece, "
                + "(best quality:1.2), symmetrical face, no makeup, sharp focus, (((((red hat)))))";
        LintReport r = PromptLinter.lint(p, "", LintConfig.defaults());
        String fixed = PromptFixer.applyAll(p, r.findings());
        assertThat(fixed).doesNotContain("8k", "masterpiece", "best quality", "ring light", "perfect skin", "no makeup")
                .contains("(red hat:1.3)", "window light from the left", "slightly asymmetric face",
                        "natural skin texture with visible pores", "Kodak Portra 400");
        String again = PromptFixer.applyAll(fixed, PromptLinter.lint(fixed, "", LintConfig.defaults()).findings());
        assertThat(again).isEqualTo(fixed);
    }

    @Test
    void noRemovalIsOfferedInsideASentence() {
        String p = "A photo of a glass. The swirling colors and intricate details within the glass create a focal point, 8k";
        LintReport r = PromptLinter.lint(p, "", LintConfig.defaults());
        List<Finding> boilerplate = r.byRule("quality-boilerplate");
        assertThat(boilerplate).hasSize(2);
        assertThat(boilerplate.get(0).replacement()).isNull();  // "intricate details" inside a sentence
        assertThat(boilerplate.get(1).replacement()).isEmpty(); // "8k" as a tag
        assertThat(PromptFixer.applyAll(p, r.findings())).contains("intricate details within the glass").doesNotContain("8k");
    }

    @Test
    void findingWithoutFixLeavesTextAlone() {
        Finding none = new Finding("t", Severity.HINT, 0, 3, Field.PROMPT, "m", null, List.of());
        assertThat(PromptFixer.apply("abc def", none)).isEqualTo("abc def");
        assertThat(PromptFixer.applyAll("abc def", List.of(none))).isEqualTo("abc def");
    }

    @Test
    void negativeFixesApplyToTheNegative() {
        LintReport r = PromptLinter.lint("photo of a chef, 50mm", "blurry", LintConfig.defaults());
        String neg = PromptFixer.applyAll("blurry", r.findings(), Field.NEGATIVE);
        assertThat(neg).startsWith("blurry, ").contains("HDR", "smooth plastic skin");
        assertThat(PromptFixer.applyAll("photo of a chef, 50mm", r.findings())).doesNotContain("HDR");
    }
}
