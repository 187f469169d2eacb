package dev.patina.image;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DistanceTransformTest {
    @Test
    void equalsTheBruteForceDistanceToTheNearestOutsidePixel() {
        int w = 41, h = 29;
        Random r = new Random(5);
        boolean[] in = new boolean[w * h];
        for (int i = 0; i < in.length; i++) in[i] = r.nextDouble() < 0.93;
        float[] d = DistanceTransform.inside(in, w, h, true);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            double best = Math.min(Math.min(x + 1, w - x), Math.min(y + 1, h - y)); // the border counts as outside
            for (int j = 0; j < h; j++) for (int i = 0; i < w; i++) {
                if (!in[j * w + i]) best = Math.min(best, Math.hypot(i - x, j - y));
            }
            if (!in[y * w + x]) best = 0;
            assertThat((double) d[y * w + x]).as("(%d,%d)", x, y).isCloseTo(best, within(1e-3));
        }
    }

    @Test
    void aDiscHasItsRadiusAtTheCentre() {
        int n = 101;
        boolean[] in = new boolean[n * n];
        for (int y = 0; y < n; y++) for (int x = 0; x < n; x++) in[y * n + x] = Math.hypot(x - 50, y - 50) <= 30;
        float[] d = DistanceTransform.inside(in, n, n, false);
        assertThat(d[50 * n + 50]).isCloseTo(31f, within(1f));
        assertThat(d[50 * n + 5]).isZero();
    }
}
