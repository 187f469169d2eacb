package dev.patina.ops.inpaint;

import dev.patina.image.FloatImage;
import dev.patina.testdata.SharedData;
import dev.patina.tools.Png;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fill on real photographs with synthetic holes whose truth is known, scored as issue 9 asks
 * (see {@link InpaintMetrics}): texture energy like the ring's, no seam, nothing outside the hole
 * changed; plus determinism, the exclude mask and bad holes.
 */
class InpaintFillTest {
    private static final Inpainter.Settings AUTO = new Inpainter.Settings(Inpainter.Method.AUTO, 2, 1);

    private static FloatImage photo(String name) throws Exception {
        Path dir = SharedData.require("photos");
        return Png.read(dir.resolve(name).toString());
    }

    private static FloatImage fill(FloatImage src, float[] hole, float[] exclude, Inpainter.Settings s) {
        FloatImage out = new FloatImage(src.width(), src.height());
        Inpainter.fill(src, out, hole, exclude, s, 1, () -> false);
        return out;
    }

    /** Blobs of 2 and 8 % in textured places (fur, a knitted sweater, a sunset sky with clouds). */
    @ParameterizedTest(name = "{0} blob {3} at {1},{2}")
    @CsvSource({
        "chelsea.png, 0.72, 0.75, 0.02",
        "chelsea.png, 0.72, 0.75, 0.08",
        "kodim15.png, 0.30, 0.75, 0.02",
        "real-camera-exif_sunset_nikon-d90.png, 0.30, 0.30, 0.02"})
    void blobsKeepTheRingsTextureWithoutASeam(String name, double cx, double cy, double fraction) throws Exception {
        FloatImage truth = photo(name);
        float[] hole = InpaintHoles.blob(truth.width(), truth.height(), fraction, cx, cy);
        FloatImage out = fill(truth, hole, null, AUTO);
        InpaintMetrics.Scores s = InpaintMetrics.score(out, truth, hole);
        assertThat(s.hfRatio()).as("HF energy of the fill over the ring's").isBetween(0.6, 1.4);
        assertThat(s.seamRatio()).as("step across the border over the median step inside").isLessThan(1.5);
        assertThat(InpaintMetrics.maxChangeOutside(truth, out, hole)).isZero();
    }

    @Test
    void thinScratchesGoToTheMarchingFillAndVanish() throws Exception {
        FloatImage truth = photo("chelsea.png");
        float[] hole = InpaintHoles.scratches(truth.width(), truth.height(), 6, 5, 7);
        FloatImage out = fill(truth, hole, null, AUTO);
        FloatImage patch = fill(truth, hole, null, new Inpainter.Settings(Inpainter.Method.SMOOTH, 2, 1));
        assertThat(out.sameAs(patch)).as("auto chose the marching fill for 5 px strokes").isTrue();
        InpaintMetrics.Scores s = InpaintMetrics.score(out, truth, hole);
        assertThat(s.seamRatio()).isLessThan(1.5);
        assertThat(s.hfRatio()).isBetween(0.6, 1.4);
        // Low-frequency error well under the picture's own contrast across a scratch (8-bit levels).
        assertThat(s.lfError()).isLessThan(12);
        assertThat(InpaintMetrics.maxChangeOutside(truth, out, hole)).isZero();
    }

    @Test
    void objectShapedHoleHasNoSeam() throws Exception {
        FloatImage truth = photo("chelsea.png");
        float[] hole = InpaintHoles.figure(truth.width(), truth.height(), 0.72, 0.98, 0.45);
        FloatImage out = fill(truth, hole, null, AUTO);
        InpaintMetrics.Scores s = InpaintMetrics.score(out, truth, hole);
        assertThat(s.seamRatio()).isLessThan(1.5);
        assertThat(s.hfRatio()).isBetween(0.6, 1.4);
        assertThat(InpaintMetrics.maxChangeOutside(truth, out, hole)).isZero();
    }

    /*
     * On kodim15 the same hole fills with plain background, as it should, but its ring holds the
     * scan's black frame line along the edge, so the ring's HF energy is twice the truth's own and
     * the ratio test measures the frame, not the fill; fur at chelsea's edge has no such line.
     */
    @Test
    void holeTouchingTheBorderIsFilled() throws Exception {
        FloatImage truth = photo("chelsea.png");
        float[] hole = InpaintHoles.borderBlob(truth.width(), truth.height(), 0.04);
        assertThat(hole[truth.width() * (truth.height() / 2)]).as("the hole reaches the left edge").isEqualTo(1f);
        FloatImage out = fill(truth, hole, null, new Inpainter.Settings(Inpainter.Method.PATCH, 2, 3));
        for (int c = 0; c < 3; c++) for (float v : out.plane(c)) assertThat(v).isBetween(-0.01f, 1.5f);
        InpaintMetrics.Scores s = InpaintMetrics.score(out, truth, hole);
        assertThat(s.seamRatio()).isLessThan(1.5);
        assertThat(s.hfRatio()).isBetween(0.6, 1.4);
        assertThat(InpaintMetrics.maxChangeOutside(truth, out, hole)).isZero();
    }

    @Test
    void sameSeedSameFillWhateverTheThreadCount() throws Exception {
        FloatImage truth = photo("coffee.png");
        float[] hole = InpaintHoles.blob(truth.width(), truth.height(), 0.04, 0.12, 0.6);
        Inpainter.Settings s = new Inpainter.Settings(Inpainter.Method.PATCH, 2, 42);
        FloatImage a = fill(truth, hole, null, s);
        FloatImage b = fill(truth, hole, null, s);
        // Parallel streams started inside a pool run in that pool: one thread here.
        FloatImage single = new ForkJoinPool(1).submit(() -> fill(truth, hole, null, s)).get();
        FloatImage four = new ForkJoinPool(4).submit(() -> fill(truth, hole, null, s)).get();
        assertThat(a.sameAs(b)).isTrue();
        assertThat(a.sameAs(single)).as("1 thread").isTrue();
        assertThat(a.sameAs(four)).as("4 threads").isTrue();
        FloatImage other = fill(truth, hole, null, new Inpainter.Settings(Inpainter.Method.PATCH, 2, 43));
        assertThat(a.sameAs(other)).as("another seed searches differently").isFalse();
    }

    @Test
    void patchesAreNeverTakenFromTheHoleOrTheExcludeMask() throws Exception {
        FloatImage truth = photo("chelsea.png");
        int w = truth.width(), h = truth.height();
        float[] hole = InpaintHoles.blob(w, h, 0.05, 0.5, 0.5);
        // Exclude the band right of the hole: the nearest, most alike texture.
        float[] exclude = new float[w * h];
        for (int y = 0; y < h; y++) for (int x = (int) (0.62 * w); x < (int) (0.85 * w); x++) exclude[y * w + x] = 1;
        Inpainter.Window win = Inpainter.Window.around(0, 0, w - 1, h - 1, 0, w, h);
        Level base = win.level(truth, hole, exclude, Inpainter.FEATURE_WEIGHT);
        NearestNeighbourField f = PatchSynthesis.fill(base, 30, 5, () -> false);
        int r = f.r;
        for (int t : f.targets) {
            int s = f.match[t], sx = s % w, sy = s / w;
            for (int dy = -r; dy <= r; dy++) for (int dx = -r; dx <= r; dx++) {
                int q = (sy + dy) * w + sx + dx;
                assertThat(hole[q]).as("source pixel inside the hole").isZero();
                assertThat(exclude[q]).as("source pixel inside the exclude mask").isZero();
            }
        }
        // And the filled picture does differ from a fill allowed to use that band.
        FloatImage with = fill(truth, hole, exclude, new Inpainter.Settings(Inpainter.Method.PATCH, 2, 5));
        FloatImage without = fill(truth, hole, null, new Inpainter.Settings(Inpainter.Method.PATCH, 2, 5));
        assertThat(with.sameAs(without)).isFalse();
    }

    @Test
    void emptyHoleChangesNothing() throws Exception {
        FloatImage truth = photo("chelsea.png");
        assertThat(fill(truth, new float[truth.width() * truth.height()], null, AUTO).sameAs(truth)).isTrue();
        assertThat(fill(truth, null, null, AUTO).sameAs(truth)).isTrue();
    }

    @Test
    void holeCoveringEverythingOrLeavingNoSourceIsOneClearError() throws Exception {
        FloatImage truth = photo("chelsea.png");
        int n = truth.width() * truth.height();
        float[] all = new float[n];
        java.util.Arrays.fill(all, 1);
        assertThatThrownBy(() -> fill(truth, all, null, AUTO))
            .isInstanceOf(InpaintException.class).hasMessageContaining("covers the whole image");
        float[] hole = InpaintHoles.blob(truth.width(), truth.height(), 0.05, 0.5, 0.5);
        float[] exclude = all.clone();
        assertThatThrownBy(() -> fill(truth, hole, exclude, AUTO))
            .isInstanceOf(InpaintException.class).hasMessageContaining("to copy from");
    }
}
