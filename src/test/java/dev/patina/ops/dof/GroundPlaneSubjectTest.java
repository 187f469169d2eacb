package dev.patina.ops.dof;

import dev.patina.ops.depth.DepthSources;
import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Rect;
import dev.patina.image.Srgb;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import dev.patina.ops.depth.DepthSource;
import dev.patina.render.CancelToken;
import dev.patina.render.ProgressListener;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Depth of field without a depth map: a ground plane, with the layer mask as the subject standing
 * at the focus distance. The mask is the subject, so the blur is not limited to it.
 */
class GroundPlaneSubjectTest {
    static final int W = 480, H = 320;
    /** A standing subject: an ellipse from 35% to 95% of the height, centred horizontally. */
    static final Mask SUBJECT = new Mask.RadialGradient(0.5, 0.65, 0.12, 0.30, 0.02, false);

    /** Per-pixel random grey: detail everywhere, so any blur shows. */
    private static FloatImage texture() {
        FloatImage img = new FloatImage(W, H);
        Random rnd = new Random(5);
        for (int i = 0; i < W * H; i++) {
            float v = 0.05f + 0.4f * rnd.nextFloat();
            for (int c = 0; c < 3; c++) img.plane(c)[i] = v;
        }
        return img;
    }

    private static Params params(boolean subjectFromMask, double focusX, double focusY) {
        return new DepthOfFieldOp().schema().defaults().with("horizon", 0.4).with("nearDistance", 1.0).with("farDistance", 30.0)
            .with("fNumber", 1.4).with("focalLength", 85.0).with("focus", new dev.patina.doc.ImagePoint(focusX, focusY))
            .with("subjectFromMask", subjectFromMask);
    }

    private static FloatImage render(FloatImage img, Layer layer, double scale, int tile) {
        Document doc = TestImages.emptyDoc().withLayers(List.of(layer));
        try (TileRenderer r = new TileRenderer(2, tile, 0)) {
            return r.render(RenderRequest.whole(doc, new Pyramid(img), Resources.NONE, scale), ProgressListener.NONE, new CancelToken());
        }
    }

    /** Mean absolute difference between horizontal neighbours over a region: the image's fine detail. */
    private static double detail(FloatImage img, int x0, int y0, int x1, int y1) {
        double s = 0;
        int n = 0;
        float[] p = img.plane(1);
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1 - 1; x++) { s += Math.abs(p[y * W + x + 1] - p[y * W + x]); n++; }
        return s / n;
    }

    private static float[] maskValues() {
        float[] m = new float[W * H];
        SUBJECT.sample(Rect.of(W, H), 1, W, H, m);
        return m;
    }

    @Test
    void theMaskedSubjectStaysSharpWhileTheSceneAroundItBlurs() {
        FloatImage img = texture();
        Layer layer = Layer.of("dof", params(true, 0.5, 0.6)).withMask(SUBJECT);
        FloatImage out = render(img, layer, 1, 256);
        float[] m = maskValues();
        int maxChange = 0, inside = 0;
        // The subject's body above its feet: the ground in front of the feet is nearer and may
        // (rightly) spread over them, so the check stops short of the bottom.
        for (int y = (int) (0.40 * H); y < (int) (0.80 * H); y++) {
            for (int x = 0; x < W; x++) {
                int i = y * W + x;
                if (m[i] < 0.999f) continue;
                inside++;
                int a = Math.round(Srgb.encode(img.plane(1)[i]) * 255), b = Math.round(Srgb.encode(out.plane(1)[i]) * 255);
                maxChange = Math.max(maxChange, Math.abs(a - b));
            }
        }
        assertThat(inside).isGreaterThan(5000);
        assertThat(maxChange).isLessThanOrEqualTo(1);
        // The sky beyond the horizon, outside the mask, is 30 m away: its detail is gone.
        assertThat(detail(out, 0, 0, W, (int) (0.3 * H))).isLessThan(0.1 * detail(img, 0, 0, W, (int) (0.3 * H)));
    }

    /** Inverse distance of the ground plane at row y (horizon 0.4, near 1 m, far 30 m, no tilt). */
    private static double groundQ(int y) {
        double t = Math.max(0, Math.min(1, (y + 0.5 - 0.4 * H) / (0.6 * H)));
        return 1 / 30.0 + t * (1 - 1 / 30.0);
    }

    private static float focusQ(Params p, float[] q) {
        DepthOfFieldKernel k = (DepthOfFieldKernel) new DepthOfFieldOp().prepare(p, Resources.NONE);
        return k.focusInverseDistance(q, W, H, new RenderContext(W, H, 1, 0));
    }

    @Test
    void focusOnTheSubjectPutsTheFocalPlaneWhereItStands() {
        float[] m = maskValues();
        int feet = H - 1;
        while (feet > 0 && m[feet * W + W / 2] < 0.5f) feet--;
        RenderContext ctx = new RenderContext(W, H, 1, 0).withLayerMask(m);

        Params onSubject = params(true, 0.5, 0.6);
        float[] q = DepthSources.dof(onSubject, Resources.NONE).inverseDistance(texture(), ctx);
        assertThat((double) focusQ(onSubject, q)).isCloseTo(groundQ(feet), within(1e-4));
        assertThat((double) q[(int) (0.5 * H) * W + W / 2]).isCloseTo(groundQ(feet), within(1e-4));
        assertThat((double) q[10]).isCloseTo(1 / 30.0, within(1e-6)); // the sky stays far

        // Focus on the ground in front: the subject stands at that distance, still in focus.
        Params onGround = params(true, 0.1, 0.98);
        q = DepthSources.dof(onGround, Resources.NONE).inverseDistance(texture(), ctx);
        double ground = groundQ((int) Math.floor(0.98 * H));
        assertThat((double) focusQ(onGround, q)).isCloseTo(ground, within(2e-3));
        assertThat((double) q[(int) (0.5 * H) * W + W / 2]).isCloseTo(ground, within(1e-4));
    }

    @Test
    void withTheFlagOffTheMaskOnlyLimitsWhereTheBlurApplies() {
        FloatImage img = texture();
        Layer layer = Layer.of("dof", params(false, 0.5, 0.9)).withMask(SUBJECT);
        FloatImage out = render(img, layer, 1, 256);
        // Outside the mask nothing changes, the sky included.
        assertThat(detail(out, 0, 0, W, (int) (0.3 * H))).isEqualTo(detail(img, 0, 0, W, (int) (0.3 * H)));
    }

    @Test
    void tiledEqualsWholeWithAMaskedSubject() {
        FloatImage img = TestImages.scene(W, H, 3);
        Layer layer = Layer.of("dof", params(true, 0.5, 0.6)).withMask(SUBJECT);
        for (double scale : new double[] {1, 0.37}) {
            assertThat(render(img, layer, scale, 4096).sameAs(render(img, layer, scale, 37))).as("scale " + scale).isTrue();
        }
    }
}
