package dev.patina.ops.relight;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.SceneKind;
import dev.patina.image.BoxMean;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Srgb;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.Resources;
import dev.patina.render.CancelToken;
import dev.patina.render.ProgressListener;
import dev.patina.render.RenderRequest;
import dev.patina.render.SceneMaskEngine;
import dev.patina.render.TileRenderer;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relight without a map on a flat, frontally lit subject found in the picture: the silhouette gives
 * it form (a lit and a shadow side) while its texture stays, and the background only changes evenly.
 */
class RelightSilhouetteTest {
    static final int W = 240, H = 200;

    /** Inside the ellipse: the subject. */
    static boolean subject(int x, int y) {
        double u = (x + 0.5 - 120) / 60.0, v = (y + 0.5 - 100) / 80.0;
        return u * u + v * v <= 1;
    }

    /** A flat picture: the same mid-grey textured subject and a darker textured background, lit evenly. */
    static FloatImage flatScene() {
        Random r = new Random(3);
        FloatImage img = new FloatImage(W, H);
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) {
            float base = subject(x, y) ? 0.3f : 0.12f, grain = (float) (r.nextGaussian() * 0.02);
            for (int c = 0; c < 3; c++) img.plane(c)[y * W + x] = Math.max(0, base + grain);
        }
        return img;
    }

    static final SceneMaskEngine ELLIPSE = (mask, picture, ctx) -> {
        float[] a = new float[picture.width() * picture.height()];
        for (int y = 0; y < picture.height(); y++) for (int x = 0; x < picture.width(); x++) a[y * picture.width() + x] = subject(x, y) ? 1 : 0;
        return a;
    };

    static FloatImage relit(FloatImage src, Layer layer) {
        Document doc = TestImages.emptyDoc().withLayers(List.of(layer));
        try (TileRenderer r = new TileRenderer(2, 64, 0, OpRegistry::require, ELLIPSE)) {
            return r.render(RenderRequest.whole(doc, new Pyramid(src), Resources.NONE, 1), ProgressListener.NONE, new CancelToken());
        }
    }

    static Layer fromTheLeft() {
        return Layer.of("relight", OpRegistry.require("relight").schema().defaults().with("azimuth", 0.0).with("elevation", 30.0)
            .with("softness", 0.2)).withMask(Mask.Scene.of(SceneKind.SUBJECT));
    }

    @Test
    void theSubjectGetsALitAndAShadowSideAndKeepsItsTexture() {
        FloatImage src = flatScene(), out = relit(src, fromTheLeft());
        double lit = 0, shade = 0;
        int nl = 0, ns = 0;
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) {
            if (!subject(x, y)) continue;
            double l = Srgb.luminance(out.plane(0)[y * W + x], out.plane(1)[y * W + x], out.plane(2)[y * W + x]);
            if (x < 120) { lit += l; nl++; } else { shade += l; ns++; }
        }
        double ratio = (lit / nl) / (shade / ns);
        System.out.printf("silhouette relight from the left: lit / shadow half = %.2f%n", ratio);
        assertThat(ratio).isGreaterThanOrEqualTo(1.5);
        // The light scales detail with the shading (the shadow side's pores are darker, as they
        // should be), so texture is compared relative to the local brightness: detail / local mean.
        double corr = highPassCorrelation(src.plane(1), out.plane(1), true);
        System.out.printf("high-pass correlation inside the subject: %.3f relative to local brightness, %.3f absolute%n",
            corr, highPassCorrelation(src.plane(1), out.plane(1), false));
        assertThat(corr).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theBackgroundChangesEvenly() {
        FloatImage src = flatScene(), out = relit(src, fromTheLeft());
        double sum = 0, sum2 = 0;
        int n = 0;
        // Away from the subject's edge (the matte's soft rim blends the two surfaces).
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) {
            if (x > 40 && x < 200) continue;
            double ratio = out.plane(1)[y * W + x] / Math.max(1e-4, src.plane(1)[y * W + x]);
            sum += ratio;
            sum2 += ratio * ratio;
            n++;
        }
        double mean = sum / n, sd = Math.sqrt(Math.max(0, sum2 / n - mean * mean));
        System.out.printf("background change: x%.3f, spread %.4f%n", mean, sd);
        assertThat(sd / mean).as("no form on the background: one even change").isLessThan(0.01);
    }

    @Test
    void aVersion1RelightLayerKeepsItsMaskAsALimit() throws Exception {
        Layer old = dev.patina.io.PresetCodec.parse("{\"patina\":\"preset\",\"version\":1,\"layers\":[{\"type\":\"relight\","
            + "\"paramsVersion\":1,\"params\":{\"azimuth\":10}}]}", "old.json").layers().get(0);
        assertThat(old.params().flag("subjectFromMask")).isFalse();
        Layer now = dev.patina.io.PresetCodec.parse("{\"patina\":\"preset\",\"version\":1,\"layers\":[{\"type\":\"relight\","
            + "\"paramsVersion\":2,\"params\":{\"azimuth\":10}}]}", "new.json").layers().get(0);
        assertThat(now.params().flag("subjectFromMask")).isTrue();
    }

    /**
     * Correlation of the 1-4 px detail (each minus its 5x5 mean, divided by that mean when
     * {@code relative}) inside the subject's core.
     */
    static double highPassCorrelation(float[] a, float[] b, boolean relative) {
        float[] ma = BoxMean.whole(a, W, H, 2), mb = BoxMean.whole(b, W, H, 2);
        double sab = 0, saa = 0, sbb = 0;
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) {
            if (!subject(x, y) || !subject(x - 6, y) || !subject(x + 6, y) || !subject(x, y - 6) || !subject(x, y + 6)) continue;
            int i = y * W + x;
            double da = a[i] - ma[i], db = b[i] - mb[i];
            if (relative) {
                da /= Math.max(1e-4, ma[i]);
                db /= Math.max(1e-4, mb[i]);
            }
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
