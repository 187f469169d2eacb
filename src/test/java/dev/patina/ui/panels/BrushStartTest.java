package dev.patina.ui.panels;

import dev.patina.doc.Mask;
import dev.patina.doc.MaskRaster;
import dev.patina.image.Rect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A stroke on a layer without a painted mask starts from the mask the layer has, never from nothing. */
class BrushStartTest {
    @Test
    void theEraserOnALayerWithoutAMaskStartsFullSoOnlyTheStrokeIsRemoved() {
        MaskRaster start = BrushTool.startingRaster(null, 300, 200, true);
        MaskRaster erased = start.withDabs(new double[] {150}, new double[] {100}, 20, 1, 1, 0);
        assertThat(erased.value(150, 100)).isZero();
        assertThat(erased.value(10, 10)).as("far from the stroke the layer still applies").isEqualTo(1f);
        assertThat(erased.value(290, 190)).isEqualTo(1f);
    }

    @Test
    void theBrushOnALayerWithoutAMaskRevealsOnlyWhereItPaints() {
        MaskRaster start = BrushTool.startingRaster(null, 300, 200, false);
        MaskRaster painted = start.withDabs(new double[] {150}, new double[] {100}, 20, 1, 1, 1);
        assertThat(painted.value(150, 100)).isEqualTo(1f);
        assertThat(painted.value(10, 10)).isZero();
    }

    @Test
    void aGradientIsTurnedIntoPixelsSoStrokesRefineIt() {
        Mask gradient = new Mask.LinearGradient(0, 0.5, 1, 0.5, false);
        MaskRaster start = BrushTool.startingRaster(gradient, 200, 100, true);
        float[] expected = new float[200 * 100];
        gradient.sample(Rect.of(200, 100), 1, 200, 100, expected);
        for (int x : new int[] {0, 50, 100, 150, 199}) {
            assertThat(start.value(x, 40)).isCloseTo(expected[40 * 200 + x], within(1f / 65535));
        }
    }
}
