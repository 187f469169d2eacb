package dev.patina.ui.lint;

import dev.patina.io.meta.GenerationInfo;
import dev.patina.lint.LintConfig;
import dev.patina.lint.LintReport;
import dev.patina.lint.PromptLinter;

import java.util.Optional;

/**
 * What one lint looks at: the two texts as they stood, and the model from the image's settings
 * (null when unknown). Kept with the report so a result can be checked against the current text.
 */
record LintInput(String prompt, String negative, String model) {

    LintInput {
        prompt = prompt == null ? "" : prompt;
        negative = negative == null ? "" : negative;
    }

    static LintInput of(Optional<GenerationInfo> generation) {
        return generation.map(g -> new LintInput(g.prompt(), g.negative(), g.model()))
            .orElse(new LintInput("", "", null));
    }

    int length() {
        return prompt.length() + negative.length();
    }

    LintReport lint() {
        return PromptLinter.lint(prompt, negative, LintConfig.defaults().withModel(model));
    }
}
