package dev.patina.lint;

/**
 * What the linter knows beyond the text.
 *
 * @param model          model or checkpoint name from the file's metadata (null when unknown): it
 *                       decides the text-encoder window and whether a negative prompt is read
 * @param maxDescriptors above this many comma-separated descriptors the prompt is over-prompted
 */
public record LintConfig(String model, int maxDescriptors) {

    /** The seed: 40 descriptors do worse than 10; 25 leaves room for a detailed but focused prompt. */
    public static final int DEFAULT_MAX_DESCRIPTORS = 25;

    public LintConfig {
        if (maxDescriptors < 1) throw new IllegalArgumentException("maxDescriptors " + maxDescriptors);
    }

    public static LintConfig defaults() {
        return new LintConfig(null, DEFAULT_MAX_DESCRIPTORS);
    }

    public LintConfig withModel(String modelName) {
        return new LintConfig(modelName, maxDescriptors);
    }

    public ModelFamily family() {
        return ModelFamily.of(model);
    }
}
