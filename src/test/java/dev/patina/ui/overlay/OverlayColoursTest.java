package dev.patina.ui.overlay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The overlay colours: a depth ramp that reads near-bright, far-dark and stays in gamut; skin by coverage. */
class OverlayColoursTest {

    private static double luminance(int argb) {
        double r = lin(argb >>> 16 & 0xff), g = lin(argb >>> 8 & 0xff), b = lin(argb & 0xff);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double lin(int v) {
        double c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Test
    void nearIsBrightAndFarIsDarkWithLightnessRisingAllTheWay() {
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            double y = luminance(OverlayColours.depth(i / 100.0));
            assertThat(y).as("t = %s", i / 100.0).isGreaterThanOrEqualTo(previous);
            previous = y;
        }
        assertThat(luminance(OverlayColours.depth(1))).isGreaterThan(0.75);
        assertThat(luminance(OverlayColours.depth(0))).isLessThan(0.02);
    }

    @Test
    void everyStepOfTheRampIsInsideSrgbSoNothingClips() {
        for (int i = 0; i <= 1000; i++) {
            for (double v : OverlayColours.rampLinear(i / 1000.0)) assertThat(v).isBetween(-1e-3, 1 + 1e-3);
        }
    }

    @Test
    void theRampChangesHueNotOnlyBrightness() {
        int far = OverlayColours.depth(0), mid = OverlayColours.depth(0.5), near = OverlayColours.depth(1);
        // Far is bluish, the middle reddish, near yellowish.
        assertThat(far & 0xff).isGreaterThan(far >>> 16 & 0xff);
        assertThat(mid >>> 16 & 0xff).isGreaterThan(mid & 0xff).isGreaterThan(mid >>> 8 & 0xff);
        assertThat(near >>> 8 & 0xff).isGreaterThan(near & 0xff);
    }

    @Test
    void depthOutsideTheRangeOrUnknownIsClampedNotWrapped() {
        assertThat(OverlayColours.depth(-3)).isEqualTo(OverlayColours.depth(0));
        assertThat(OverlayColours.depth(7)).isEqualTo(OverlayColours.depth(1));
        assertThat(OverlayColours.depth(Double.NaN)).isEqualTo(OverlayColours.depth(0));
        assertThat(OverlayColours.depth(0.3) >>> 24).isEqualTo(0xff);
    }

    @Test
    void depthOverlayIsTranslucentAndTheInFocusZoneIsAColourOfItsOwn() {
        int ramp = OverlayColours.depthOverlay(0.4, false);
        assertThat(ramp >>> 24).isEqualTo(Math.round(OverlayColours.DEPTH_ALPHA * 255));
        assertThat(ramp & 0xffffff).isEqualTo(OverlayColours.depth(0.4) & 0xffffff);
        int focus = OverlayColours.depthOverlay(0.4, true);
        assertThat(focus & 0xffffff).isEqualTo(OverlayColours.IN_FOCUS_RGB);
        // Green is the strongest channel of the in-focus colour and of no step of the ramp.
        assertThat(focus >>> 8 & 0xff).isGreaterThan(focus >>> 16 & 0xff).isGreaterThan(focus & 0xff);
        for (int i = 0; i <= 20; i++) {
            int c = OverlayColours.depth(i / 20.0);
            assertThat(c >>> 8 & 0xff).isLessThanOrEqualTo(Math.max(c >>> 16 & 0xff, c & 0xff));
        }
    }

    @Test
    void skinOpacityFollowsCoverage() {
        assertThat(OverlayColours.skin(0) >>> 24).isZero();
        assertThat(OverlayColours.skin(1) >>> 24).isEqualTo(Math.round(OverlayColours.SKIN_ALPHA * 255));
        assertThat(OverlayColours.skin(0.5) >>> 24).isEqualTo(Math.round(OverlayColours.SKIN_ALPHA * 0.5f * 255));
        assertThat(OverlayColours.skin(2)).isEqualTo(OverlayColours.skin(1));
        assertThat(OverlayColours.skin(1) & 0xffffff).isEqualTo(OverlayColours.SKIN_RGB);
    }
}
