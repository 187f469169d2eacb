package dev.patina.ui.overlay;

import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import dev.patina.ops.RenderContext;
import dev.patina.ops.skin.SkinRetouchOp;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OverlayFieldsTest {
    @Test
    void theSkinOverlayShowsWhereTheRetouchAppliesTheLayerMaskIncluded() {
        // A uniform light skin tone: the automatic mask covers all of it.
        float r = Srgb.decode(0.86f), g = Srgb.decode(0.67f), b = Srgb.decode(0.56f);
        FloatImage skin = TestImages.uniform(120, 80, r, g, b);
        RenderContext ctx = new RenderContext(120, 80, 1, 0);
        Layer layer = Layer.of("skin", new SkinRetouchOp().schema().defaults());
        ColourField all = OverlayFields.skin(layer, skin, ctx);
        assertThat(all.at(10, 40) >>> 24).isPositive();
        assertThat(all.at(110, 40) >>> 24).isPositive();

        // Masked to the left: the overlay ends where the layer's mask does.
        Layer left = layer.withMask(new Mask.LinearGradient(0.4, 0.5, 0.5, 0.5, false));
        ColourField masked = OverlayFields.skin(left, skin, ctx);
        assertThat(masked.at(10, 40)).isEqualTo(all.at(10, 40));
        assertThat(masked.at(110, 40) >>> 24).isZero();
    }
}
