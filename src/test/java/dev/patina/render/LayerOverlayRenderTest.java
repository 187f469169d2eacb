package dev.patina.render;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.SourceRef;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Srgb;
import dev.patina.ops.LayerOverlay;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.Resources;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Overlays are computed by the renderer from the picture the layer sees, with its mask used as the layer uses it. */
class LayerOverlayRenderTest {

    private static LayerOverlay.Field overlay(Layer layer, FloatImage picture, String id) {
        LayerOverlay o = OpRegistry.require(layer.type()).overlays().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Document below = Document.of(new SourceRef("x.png", ""));
        try (TileRenderer r = new TileRenderer(2, 64, 64L << 20)) {
            RenderRequest req = RenderRequest.whole(below, new Pyramid(picture), Resources.NONE, 1);
            return r.overlay(req, layer, o, new CancelToken());
        }
    }

    @Test
    void theSkinOverlayShowsWhereTheRetouchAppliesTheLayerMaskIncluded() {
        // A uniform light skin tone: the automatic mask covers all of it.
        FloatImage skin = TestImages.uniform(120, 80, Srgb.decode(0.86f), Srgb.decode(0.67f), Srgb.decode(0.56f));
        Layer layer = Layer.of("skin", OpRegistry.require("skin-retouch").schema().defaults());
        LayerOverlay.Field all = overlay(layer, skin, "skin");
        assertThat(all.values()[40 * 120 + 10]).isGreaterThan(0.5f);
        assertThat(all.values()[40 * 120 + 110]).isGreaterThan(0.5f);

        // Masked to the left: the overlay ends where the layer's mask does.
        Layer left = layer.withMask(new Mask.LinearGradient(0.4, 0.5, 0.5, 0.5, false));
        LayerOverlay.Field masked = overlay(left, skin, "skin");
        assertThat(masked.values()[40 * 120 + 10]).isEqualTo(all.values()[40 * 120 + 10]);
        assertThat(masked.values()[40 * 120 + 110]).isZero();
    }

    @Test
    void aGroundPlaneDepthOverlayPlacesTheMaskedSubjectAtTheFocusAndMarksItInFocus() {
        FloatImage grey = TestImages.uniform(120, 80, 0.2f, 0.2f, 0.2f);
        Layer dof = Layer.of("dof", OpRegistry.require("depth-of-field").schema().defaults())
            .withParam("focus", List.of(0.5, 0.45)).withParam("horizon", 0.3)
            .withMask(new Mask.RadialGradient(0.5, 0.45, 0.1, 0.15, 0.0, false));
        LayerOverlay.Field f = overlay(dof, grey, "depth");
        int subject = 36 * 120 + 60, aboveHorizon = 5 * 120 + 5;
        assertThat(f.inFocus()[subject]).as("the subject is in focus").isTrue();
        assertThat(f.inFocus()[aboveHorizon]).as("the far background is not").isFalse();
        assertThat(f.values()[aboveHorizon]).as("far is 0 on the ramp").isLessThan(0.05f);
    }
}
