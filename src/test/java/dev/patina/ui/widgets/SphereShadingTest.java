package dev.patina.ui.widgets;

import dev.patina.image.LightDirection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** The light widget's sphere and pointer geometry. */
class SphereShadingTest {
    private static final double[] WHITE = {1, 1, 1};

    private static int grey(int argb) { return argb >>> 8 & 0xff; }

    /** The centre of the brightest pixels of the shaded sphere (the peak is flat in 8 bits), in disc coordinates. */
    private static double[] brightest(int[] img, int size) {
        int max = 0;
        for (int v : img) max = Math.max(max, grey(v));
        double sx = 0, sy = 0;
        int n = 0;
        for (int i = 0; i < img.length; i++) {
            if (grey(img[i]) != max) continue;
            sx += i % size;
            sy += i / size;
            n++;
        }
        double half = size / 2.0;
        return new double[] {(sx / n + 0.5 - half) / half, (half - sy / n - 0.5) / half};
    }

    @Test
    void theBrightestPointIsWhereTheWidgetPutsTheLight() {
        int size = 121;
        for (LightDirection d : new LightDirection[] {new LightDirection(45, 35), new LightDirection(180, 20),
                new LightDirection(270, 60), new LightDirection(0, 89)}) {
            double[] hi = brightest(SphereShading.shade(size, d, 0, WHITE), size);
            double[] at = d.discPoint();
            assertThat(Math.hypot(hi[0] - at[0], hi[1] - at[1])).as("%s", d).isLessThan(0.08);
        }
    }

    @Test
    void lightFromTheLeftLeavesTheRightInShadowUnlessSoft() {
        int size = 81;
        int[] hard = SphereShading.shade(size, new LightDirection(0, 0), 0, WHITE);
        int right = (size / 2) * size + size - 12, left = (size / 2) * size + 11;
        assertThat(grey(hard[left])).isGreaterThan(150);
        int floor = (int) Math.round(255 * (1.055 * Math.pow(SphereShading.ALBEDO * SphereShading.AMBIENT, 1 / 2.4) - 0.055));
        assertThat(grey(hard[right])).isCloseTo(floor, offset(2));
        int[] soft = SphereShading.shade(size, new LightDirection(0, 0), 1, WHITE);
        assertThat(grey(soft[size / 2 * size + size / 2])).isGreaterThan(grey(hard[size / 2 * size + size / 2]));
    }

    @Test
    void outsideTheDiscIsTransparentAndTheRimIsSmooth() {
        int size = 64;
        int[] img = SphereShading.shade(size, new LightDirection(90, 45), 0.3, WHITE);
        assertThat(img[0] >>> 24).isZero();
        assertThat(img[size * size / 2 + size / 2] >>> 24).isEqualTo(255);
        // Along a row through the centre, alpha rises through intermediate values at the rim.
        boolean partial = false;
        for (int x = 0; x < size; x++) {
            int a = img[size / 2 * size + x] >>> 24;
            if (a > 0 && a < 255) partial = true;
        }
        assertThat(partial).isTrue();
    }

    @Test
    void aWarmLightTintsTheLitSide() {
        int size = 41;
        int[] img = SphereShading.shade(size, new LightDirection(90, 90), 0, new double[] {1.3, 0.95, 0.6});
        int c = img[size / 2 * size + size / 2];
        assertThat(c >>> 16 & 0xff).isGreaterThan(c & 0xff);
    }

    @Test
    void pointerPositionsMapToTheDiscWithUpPositiveAndBack() {
        DiscFrame f = DiscFrame.inside(140, 120, 10);
        assertThat(f.radius()).isEqualTo(50);
        assertThat(f.toDisc(70, 60)).containsExactly(new double[] {0, 0}, offset(1e-12));
        assertThat(f.toDisc(70, 10)).containsExactly(new double[] {0, 1}, offset(1e-12));
        assertThat(f.toDisc(20, 60)).containsExactly(new double[] {-1, 0}, offset(1e-12));
        double[] p = f.toComponent(0.3, -0.7);
        assertThat(f.toDisc(p[0], p[1])).containsExactly(new double[] {0.3, -0.7}, offset(1e-12));
        // A pointer at the top of the sphere is a light from above.
        double[] top = f.toDisc(70, 15);
        assertThat(LightDirection.fromDiscPoint(top[0], top[1], 0).azimuth()).isCloseTo(90, offset(1e-9));
    }
}
