package dev.patina.ui.lint;

import dev.patina.lint.ModelFamily;

/** One line on what the model's text encoder reads, since it changes the advice (window, negatives). */
final class ModelNote {
    private ModelNote() {}

    static String of(String model) {
        ModelFamily family = ModelFamily.of(model);
        String name = model == null || model.isBlank() ? "Model unknown" : "Model " + model;
        return switch (family) {
            case FLUX -> name + " · Flux: T5 window (" + family.tokenWindow() + " tokens); negative prompt ignored";
            case LONG_CONTEXT -> name + " · long-context encoder (≈" + family.tokenWindow() + " tokens)";
            case UNKNOWN -> name + (model == null || model.isBlank() ? " · assuming" : " ·") + " CLIP window (77 tokens)";
        };
    }

    /** The negative prompt's label: Flux-family models never read it. */
    static String negativeLabel(String model) {
        return ModelFamily.of(model).readsNegative() ? "Negative prompt" : "Negative prompt (ignored by this model)";
    }
}
