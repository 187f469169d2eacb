package dev.patina.ui.canvas;

import dev.patina.doc.Mask;
import dev.patina.image.Rect;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The layer-mask overlay: half-way to red where the mask is full, nothing where it is empty. */
class MaskTintTest {

    @Test
    void fullCoverageGoesHalfWayToRedAndNoneIsUntouched() {
        // Full effect at the left edge, none from the middle on.
        Mask m = new Mask.LinearGradient(0, 0, 0.5, 0, false);
        int[] rgb = new int[16];
        Arrays.fill(rgb, 0x000000);
        new MaskTint(m).tint(new Rect(0, 0, 16, 1), 1, 16, 1, rgb);
        assertThat(rgb[0] >>> 16 & 0xff).isBetween(120, 128);
        assertThat(rgb[0] & 0xff).isLessThan(30);
        assertThat(rgb[15]).isZero();
        assertThat(rgb[8]).isZero();
    }

    @Test
    void mixMovesEachChannelTowardsTheColour() {
        assertThat(TileTint.mix(0x000000, 255, 255, 255, 0.5f)).isEqualTo(0x808080);
        assertThat(TileTint.mix(0x123456, 255, 0, 0, 0f)).isEqualTo(0x123456);
        assertThat(TileTint.mix(0x123456, 255, 0, 0, 1f)).isEqualTo(0xff0000);
    }
}
