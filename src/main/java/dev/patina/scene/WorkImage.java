package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Srgb;
import java.util.stream.IntStream;

/**
 * The image reduced to the working size of the segmentation (about a quarter megapixel) as
 * sRGB-encoded planes in 0..1: encoded, because colour differences there are closer to what the
 * eye separates, so one contrast scale (beta) and one GMM ridge suit shadows and highlights.
 */
final class WorkImage {
    /** Pixels the graph cut runs on at most: ~0.25 MP still resolves fingers on a 24 MP portrait. */
    static final int TARGET_PIXELS = 250_000;
    /** Fewest working pixels (a small image is cut at its own size). */
    static final int MIN_PIXELS = 100_000;

    /**
     * Working pixels for a w x h image: a sixth of it, between MIN and TARGET. A preview-sized
     * image gets a proportionally small cut (its refinement at full size restores the edge), a
     * large one the full budget.
     */
    static int pixelsFor(int w, int h) {
        long n = (long) w * h;
        return (int) Math.min(n, Math.max(MIN_PIXELS, Math.min(TARGET_PIXELS, n / 6)));
    }

    final int width, height;
    final float[][] c;
    /** Working pixels per full-size pixel (≤ 1). */
    final double scale;

    private WorkImage(int w, int h, float[][] c, double scale) {
        this.width = w;
        this.height = h;
        this.c = c;
        this.scale = scale;
    }

    static WorkImage of(Pyramid source, int targetPixels) {
        double s = Math.min(1, Math.sqrt(targetPixels / ((double) source.width() * source.height())));
        FloatImage small = source.atScale(s);
        return new WorkImage(small.width(), small.height(), encoded(small), small.width() / (double) source.width());
    }

    /** sRGB-encoded copies of the three planes. */
    static float[][] encoded(FloatImage img) {
        int n = img.width() * img.height();
        float[][] out = new float[3][n];
        for (int ch = 0; ch < 3; ch++) {
            float[] s = img.plane(ch), d = out[ch];
            IntStream.range(0, (n + 65535) >> 16).parallel().forEach(blk -> {
                for (int i = blk << 16, e = Math.min(n, i + 65536); i < e; i++) d[i] = Srgb.encode(s[i]);
            });
        }
        return out;
    }
}
