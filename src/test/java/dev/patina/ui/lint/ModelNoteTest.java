package dev.patina.ui.lint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModelNoteTest {
    @Test
    void fluxHasALongWindowAndNoNegative() {
        assertThat(ModelNote.of("flux1-dev.safetensors")).contains("Flux", "T5", "negative prompt ignored");
        assertThat(ModelNote.negativeLabel("flux1-dev.safetensors")).contains("ignored");
    }

    @Test
    void clipModelsAndUnknownOnesGetTheClipWindow() {
        assertThat(ModelNote.of("sd_xl_base_1.0")).contains("sd_xl_base_1.0", "CLIP", "77");
        assertThat(ModelNote.of(null)).contains("unknown", "assuming", "CLIP");
        assertThat(ModelNote.negativeLabel(null)).isEqualTo("Negative prompt");
    }

    @Test
    void otherLongContextModelsReadTheirNegative() {
        assertThat(ModelNote.of("sd3.5_large")).contains("long-context");
        assertThat(ModelNote.negativeLabel("sd3.5_large")).isEqualTo("Negative prompt");
    }
}
