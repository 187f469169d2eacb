package dev.patina.ui.panels;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.ops.OpRegistry;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** New layers go where the physics puts them: repairs and light below the lens, the film above, grain on top. */
class NaturalOrderTest {
    private static Document stack(String... types) {
        return TestImages.emptyDoc().withLayers(Arrays.stream(types)
            .map(t -> Layer.of(t, OpRegistry.require(t).schema().defaults())).toList());
    }

    private static List<String> adding(Document doc, String type) {
        int at = LayerEdits.naturalIndex(doc, OpRegistry.require(type).place());
        Document next = doc.withLayerAt(at, Layer.of(type, OpRegistry.require(type).schema().defaults()));
        return next.layers().stream().map(Layer::type).toList();
    }

    @Test
    void aBlurOrARetouchNeverLandsAboveTheGrain() {
        assertThat(adding(stack("film-stock", "grain"), "depth-of-field")).containsExactly("depth-of-field", "film-stock", "grain");
        assertThat(adding(stack("relight", "grain"), "skin-retouch")).containsExactly("skin-retouch", "relight", "grain");
        assertThat(adding(stack("skin-retouch", "depth-of-field", "grain"), "tone"))
            .containsExactly("skin-retouch", "depth-of-field", "tone", "grain");
        assertThat(adding(stack("tone", "film-stock"), "vignette")).containsExactly("tone", "film-stock", "vignette");
        assertThat(adding(stack(), "grain")).containsExactly("grain");
    }
}
