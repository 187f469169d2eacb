package dev.patina.lint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hands finding offers the layer that repairs bad hands in the picture, besides the prompt advice. */
class HandsFindingTest {
    @Test
    void handsWithoutAPlaceSuggestTheInpaintLayer() {
        LintReport r = PromptLinter.lint("photo of a barista holding a cup of coffee", "", LintConfig.defaults());
        Finding hands = r.findings().stream().filter(f -> f.rule().equals("hands-unspecified")).findFirst().orElseThrow();
        assertThat(hands.layers()).containsExactly("inpaint");
        assertThat(hands.message()).contains("Heal");
    }
}
