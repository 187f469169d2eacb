package dev.patina.image;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The one box mean: clipped windows against a direct sum, and any region equal to the whole cropped. */
class BoxMeanTest {
    private static float[] random(int n, long seed) {
        Random r = new Random(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = r.nextFloat() * 3 - 1;
        return v;
    }

    /** The mean over the window clipped to the image, summed directly in double. */
    private static double direct(float[] v, int w, int h, int r, int x, int y) {
        double s = 0;
        int n = 0;
        for (int j = Math.max(0, y - r); j <= Math.min(h - 1, y + r); j++) {
            for (int i = Math.max(0, x - r); i <= Math.min(w - 1, x + r); i++) { s += v[j * w + i]; n++; }
        }
        return s / n;
    }

    @Test
    void wholeImageMeansClipWindowsAtTheBorder() {
        int w = 37, h = 23, r = 5;
        float[] v = random(w * h, 1);
        float[] m = BoxMean.whole(v, w, h, r);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            assertThat((double) m[y * w + x]).as("(%d,%d)", x, y).isCloseTo(direct(v, w, h, r, x, y), within(1e-6));
        }
    }

    @Test
    void anyRegionIsTheWholeResultCroppedBitForBit() {
        int w = 64, h = 48, r = 4;
        float[] v = random(w * h, 2);
        double unit = 1 << 16;
        float[] all = new float[w * h];
        BoxMean.means(v, w, h, r, unit, Rect.of(w, h), all, Scratch.current());
        for (Rect region : new Rect[] {new Rect(0, 0, 10, 7), new Rect(13, 9, 30, 20), new Rect(50, 40, 14, 8)}) {
            float[] part = new float[(int) region.area()];
            BoxMean.means(v, w, h, r, unit, region, part, Scratch.current());
            for (int y = 0; y < region.height(); y++) for (int x = 0; x < region.width(); x++) {
                assertThat(part[y * region.width() + x]).isEqualTo(all[(region.y() + y) * w + region.x() + x]);
            }
        }
    }

    @Test
    void innerMeansAreTheUnclippedWindowsOfAGrownSource() {
        int w = 40, h = 30, r = 3;
        float[] v = random(w * h, 3);
        float[] inner = new float[(w - 2 * r) * (h - 2 * r)];
        BoxMean.inner(v, w, h, r, 1 << 16, inner, Scratch.current());
        for (int y = 0; y < h - 2 * r; y++) for (int x = 0; x < w - 2 * r; x++) {
            assertThat((double) inner[y * (w - 2 * r) + x]).isCloseTo(direct(v, w, h, r, x + r, y + r), within(1e-4));
        }
    }
}
