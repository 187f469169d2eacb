package dev.patina.scene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.doc.Mask;
import dev.patina.doc.SceneKind;
import dev.patina.image.FloatImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SceneAnalysisTest {
    /** A warm disc on a cool, textured ground: a salient subject with no face. */
    private static FloatImage disc(int w, int h, long seed) {
        FloatImage img = new FloatImage(w, h);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x - w * 0.5, dy = y - h * 0.55;
                boolean in = dx * dx + dy * dy < (0.22 * w) * (0.22 * w);
                float n = (float) (rnd.nextDouble() * 0.04);
                int i = y * w + x;
                img.plane(0)[i] = in ? 0.55f + n : 0.08f + n;
                img.plane(1)[i] = in ? 0.25f + n : 0.15f + n;
                img.plane(2)[i] = in ? 0.12f + n : 0.30f + n;
            }
        }
        return img;
    }

    @Test
    void aRememberedAnalysisGivesWhatAFreshComputationGives() {
        FloatImage img = disc(240, 180, 1);
        float[] expected = SceneMatte.of(img).subject(SubjectHints.none());
        float[] first = SceneMasks.coverage(Mask.Scene.of(SceneKind.SUBJECT), img, 1.0);
        float[] fromCopy = SceneMasks.coverage(Mask.Scene.of(SceneKind.SUBJECT), img.copy(), 1.0);
        assertThat(first).containsExactly(expected);
        assertThat(fromCopy).containsExactly(expected);
        assertThat(SceneAnalysis.of(img.copy())).isSameAs(SceneAnalysis.of(img));
        assertThat(first[(int) (180 * 0.55) * 240 + 120]).isEqualTo(1f);
    }

    @Test
    void resultsAreCopiesSoOneMaskRefinedInPlaceLeavesTheNextIntact() {
        FloatImage img = disc(240, 180, 2);
        float[] subject = SceneMasks.coverage(Mask.Scene.of(SceneKind.SUBJECT), img, 1.0);
        java.util.Arrays.fill(subject, 0.5f); // a caller refining its copy
        float[] background = SceneMasks.coverage(Mask.Scene.of(SceneKind.BACKGROUND), img, 1.0);
        float[] again = SceneMasks.coverage(Mask.Scene.of(SceneKind.SUBJECT), img, 1.0);
        for (int i = 0; i < again.length; i++) assertThat(background[i]).isEqualTo(1 - again[i]);
        assertThat(again).contains(1f, 0f);
    }

    @Test
    void aPictureThatDiffersInOnePixelIsAnalysedAfresh() {
        FloatImage img = disc(240, 180, 3), other = img.copy();
        other.plane(1)[5] += 1e-6f;
        assertThat(SceneAnalysis.digest(other)).isNotEqualTo(SceneAnalysis.digest(img));
        assertThat(SceneAnalysis.of(other)).isNotSameAs(SceneAnalysis.of(img));
    }

    @Test
    void aStrokeMakesADifferentSubjectNotTheRememberedOne() {
        FloatImage img = disc(240, 180, 4);
        float[] plain = SceneMasks.coverage(Mask.Scene.of(SceneKind.SUBJECT), img, 1.0);
        dev.patina.doc.MaskRaster stroke = dev.patina.doc.MaskRaster.filled(240, 180, 0)
            .withDabs(new double[] {20}, new double[] {20}, 10, 1, 1, 1);
        float[] withStroke = SceneMasks.coverage(Mask.Scene.of(SceneKind.SUBJECT).withStrokes(stroke, null), img, 1.0);
        assertThat(plain[20 * 240 + 20]).isZero();
        assertThat(withStroke[20 * 240 + 20]).isEqualTo(1f);
    }
}
