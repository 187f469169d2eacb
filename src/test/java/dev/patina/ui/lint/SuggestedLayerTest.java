package dev.patina.ui.lint;

import dev.patina.lint.Field;
import dev.patina.lint.Finding;
import dev.patina.lint.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestedLayerTest {
    private static Finding withLayers(String... ids) {
        return new Finding("r", Severity.HINT, 0, 1, Field.PROMPT, "m", null, List.of(ids));
    }

    @Test
    void offersTheFirstLayerThisBuildHas() {
        assertThat(SuggestedLayer.of(withLayers("grain", "film-stock")).id()).isEqualTo("grain");
        assertThat(SuggestedLayer.of(withLayers("no-such-layer", "vignette")).id()).isEqualTo("vignette");
        assertThat(SuggestedLayer.of(withLayers("skin-retouch")).id()).isEqualTo("skin-retouch");
    }

    @Test
    void offersNothingForLayersItDoesNotHave() {
        assertThat(SuggestedLayer.of(withLayers("no-such-layer"))).isNull();
        assertThat(SuggestedLayer.of(withLayers())).isNull();
        assertThat(SuggestedLayer.of(null)).isNull();
    }
}
