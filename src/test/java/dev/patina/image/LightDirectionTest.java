package dev.patina.image;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** The relight layer's light convention and the light widget's disc point, both ways. */
class LightDirectionTest {
    private static final double EPS = 1e-9;

    @Test
    void azimuthZeroIsFromTheLeftNinetyFromAboveOneEightyFromTheRight() {
        assertThat(new LightDirection(0, 0).vector()).containsExactly(new double[] {-1, 0, 0}, offset(EPS));
        assertThat(new LightDirection(90, 0).vector()).containsExactly(new double[] {0, 1, 0}, offset(EPS));
        assertThat(new LightDirection(180, 0).vector()).containsExactly(new double[] {1, 0, 0}, offset(EPS));
        assertThat(new LightDirection(270, 0).vector()).containsExactly(new double[] {0, -1, 0}, offset(EPS));
    }

    @Test
    void elevationNinetyIsOnAxisFromTheCamera() {
        for (double az : new double[] {0, 45, 200}) {
            assertThat(new LightDirection(az, 90).vector()).containsExactly(new double[] {0, 0, 1}, offset(EPS));
        }
    }

    @Test
    void vectorIsTheIssuesFormulaAndHasUnitLength() {
        double az = Math.toRadians(30), el = Math.toRadians(40);
        double[] l = new LightDirection(30, 40).vector();
        assertThat(l).containsExactly(new double[] {-Math.cos(az) * Math.cos(el), Math.sin(az) * Math.cos(el), Math.sin(el)},
            offset(EPS));
        assertThat(Math.sqrt(l[0] * l[0] + l[1] * l[1] + l[2] * l[2])).isCloseTo(1, offset(EPS));
    }

    @Test
    void theHighlightOfAnUpperLeftLightIsUpperLeftOnTheDisc() {
        double[] p = new LightDirection(45, 0).discPoint();
        assertThat(p[0]).isNegative();
        assertThat(p[1]).isPositive();
        assertThat(Math.hypot(p[0], p[1])).isCloseTo(1, offset(EPS));
        // Higher elevation moves the highlight towards the centre of the disc.
        double[] q = new LightDirection(45, 60).discPoint();
        assertThat(Math.hypot(q[0], q[1])).isCloseTo(Math.cos(Math.toRadians(60)), offset(EPS));
    }

    @Test
    void directionToDiscPointAndBackIsTheSameDirection() {
        for (double az = 0; az < 360; az += 15) {
            for (double el = 0; el < 90; el += 7.5) {
                double[] p = new LightDirection(az, el).discPoint();
                LightDirection back = LightDirection.fromDiscPoint(p[0], p[1], 123);
                assertThat(back.azimuth()).as("az %s el %s", az, el).isCloseTo(az, offset(1e-6));
                assertThat(back.elevation()).as("az %s el %s", az, el).isCloseTo(el, offset(1e-6));
            }
        }
    }

    @Test
    void discPointToDirectionAndBackIsTheSamePoint() {
        for (double u = -0.95; u <= 0.95; u += 0.19) {
            for (double v = -0.95; v <= 0.95; v += 0.19) {
                if (Math.hypot(u, v) > 1 || Math.hypot(u, v) < 1e-3) continue;
                double[] p = LightDirection.fromDiscPoint(u, v, 0).discPoint();
                assertThat(p).containsExactly(new double[] {u, v}, offset(1e-9));
            }
        }
    }

    @Test
    void outsideTheDiscIsAGrazingLightAlongTheSameRay() {
        LightDirection d = LightDirection.fromDiscPoint(0, 3, 10);
        assertThat(d.azimuth()).isCloseTo(90, offset(EPS));
        assertThat(d.elevation()).isCloseTo(0, offset(EPS));
        LightDirection r = LightDirection.fromDiscPoint(2, -2, 10);
        assertThat(r.azimuth()).isCloseTo(225, offset(EPS));
        assertThat(r.elevation()).isCloseTo(0, offset(EPS));
    }

    @Test
    void theCentreIsFrontalAndKeepsTheCurrentAzimuth() {
        LightDirection d = LightDirection.fromDiscPoint(0, 0, 130);
        assertThat(d.elevation()).isEqualTo(90);
        assertThat(d.azimuth()).isEqualTo(130);
        assertThat(LightDirection.fromDiscPoint(0, 0, -30).azimuth()).isEqualTo(330);
    }

    @Test
    void azimuthStaysInItsDeclaredRange() {
        assertThat(LightDirection.fromDiscPoint(-0.5, -1e-12, 0).azimuth()).isBetween(0.0, 360.0).isNotEqualTo(360.0);
        assertThat(LightDirection.normalise(360)).isZero();
        assertThat(LightDirection.normalise(-1e-14)).isLessThan(360);
    }

    @Test
    void theKeyLightIsWarmAtLowTemperaturesNeutralAtD65AndCoolAbove() {
        double[] warm = LightColour.whiteUnder(2800), neutral = LightColour.whiteUnder(6504), cool = LightColour.whiteUnder(11000);
        assertThat(warm[0]).isGreaterThan(warm[2]);
        assertThat(cool[2]).isGreaterThan(cool[0]);
        // Near white at D65's temperature (the Planckian locus passes a little on the magenta side of D65).
        assertThat(neutral).containsExactly(new double[] {1, 1, 1}, offset(0.05));
        double y = 0.2126 * warm[0] + 0.7152 * warm[1] + 0.0722 * warm[2];
        assertThat(y).isCloseTo(1, offset(0.01));
    }
}
