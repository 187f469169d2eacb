package dev.patina.render;

import dev.patina.doc.Document;
import dev.patina.doc.ImagePoint;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.SceneKind;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.Resources;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Scene masks are found by the renderer in the picture the layer sees, once per picture and mask,
 * and then used as any mask: blended through, or read as the subject by a kernel that wants it.
 */
class SceneMaskRenderTest {
    /** A stand-in finder: the "subject" is wherever the picture's red is above 0.3, counted per call. */
    static final class RedFinder implements SceneMaskEngine {
        final AtomicInteger calls = new AtomicInteger();

        @Override public float[] coverage(Mask.Scene mask, FloatImage picture, dev.patina.ops.RenderContext ctx) {
            calls.incrementAndGet();
            float[] r = picture.plane(0), out = new float[r.length];
            for (int i = 0; i < r.length; i++) out[i] = r[i] > 0.3f ? 1 : 0;
            return out;
        }
    }

    /** Red on the left half, grey on the right. */
    private static FloatImage picture(int w, int h) {
        FloatImage img = TestImages.uniform(w, h, 0.1f, 0.1f, 0.1f);
        for (int y = 0; y < h; y++) for (int x = 0; x < w / 2; x++) img.plane(0)[y * w + x] = 0.5f;
        return img;
    }

    private static Layer tone(double exposure) {
        return Layer.of("tone", OpRegistry.require("tone").schema().defaults().with("exposure", exposure));
    }

    private static FloatImage render(TileRenderer r, Document doc, FloatImage src, boolean cache) {
        return render(r, doc, new Pyramid(src), cache);
    }

    private static FloatImage render(TileRenderer r, Document doc, Pyramid src, boolean cache) {
        RenderRequest req = new RenderRequest(doc, src, Resources.NONE, 1, RenderRequest.scaledBounds(src, 1), cache);
        return r.render(req, ProgressListener.NONE, new CancelToken());
    }

    @Test
    void aLayerWithASceneMaskAppliesOnlyWhereTheMaskIsFoundAndTilesAgree() {
        FloatImage src = picture(200, 120);
        Document doc = TestImages.emptyDoc().withLayers(List.of(tone(1).withMask(Mask.Scene.of(SceneKind.SUBJECT))));
        RedFinder finder = new RedFinder();
        FloatImage tiled, whole;
        try (TileRenderer r = new TileRenderer(2, 32, 0, OpRegistry::require, finder)) {
            tiled = render(r, doc, src, false);
        }
        assertThat(finder.calls.get()).as("found once for all 28 tiles").isEqualTo(1);
        try (TileRenderer r = new TileRenderer(1, 4096, 0, OpRegistry::require, new RedFinder())) {
            whole = render(r, doc, src, false);
        }
        assertThat(tiled.plane(1)).containsExactly(whole.plane(1));
        assertThat(tiled.plane(1)[60 * 200 + 20]).as("subject: one stop up").isCloseTo(0.2f, within(0.002f));
        assertThat(tiled.plane(1)[60 * 200 + 180]).as("background untouched").isEqualTo(0.1f);
        Document inverted = doc.withLayers(List.of(doc.layers().get(0).withMask(Mask.Scene.of(SceneKind.SUBJECT).withInverted(true))));
        try (TileRenderer r = new TileRenderer(2, 64, 0, OpRegistry::require, new RedFinder())) {
            FloatImage inv = render(r, inverted, src, false);
            assertThat(inv.plane(1)[60 * 200 + 20]).isEqualTo(0.1f);
            assertThat(inv.plane(1)[60 * 200 + 180]).isCloseTo(0.2f, within(0.002f));
        }
    }

    @Test
    void theMaskIsFoundInThePictureTheLayerSeesAndFollowsTheLayersBelow() {
        FloatImage src = picture(120, 80);
        // A layer below brightens everything: red 0.1 becomes 0.4, so the whole picture is "red".
        Layer below = tone(2);
        Layer masked = Layer.of("grain", OpRegistry.require("tone").schema().defaults().with("saturation", -1.0))
            .withMask(Mask.Scene.of(SceneKind.SUBJECT));
        try (TileRenderer r = new TileRenderer(2, 64, 0, OpRegistry::require, new RedFinder())) {
            FloatImage out = render(r, TestImages.emptyDoc().withLayers(List.of(below, masked)), src, false);
            int right = 40 * 120 + 100;
            assertThat(out.plane(0)[right]).as("grey on the right is now seen as subject: desaturated stays grey")
                .isCloseTo(out.plane(1)[right], within(1e-4f));
            int left = 40 * 120 + 10;
            assertThat(out.plane(0)[left]).as("the red half is desaturated").isCloseTo(out.plane(1)[left], within(1e-3f));
        }
    }

    @Test
    void editingTheMaskedLayerDoesNotFindTheMaskAgain() {
        Pyramid src = new Pyramid(picture(160, 100));
        RedFinder finder = new RedFinder();
        try (TileRenderer r = new TileRenderer(2, 64, 64L << 20, OpRegistry::require, finder)) {
            for (double ev = 0.5; ev <= 2; ev += 0.5) {
                render(r, TestImages.emptyDoc().withLayers(List.of(tone(ev).withMask(Mask.Scene.of(SceneKind.SUBJECT)))), src, true);
            }
        }
        assertThat(finder.calls.get()).isEqualTo(1);
    }

    @Test
    void depthOfFieldWithoutAMapTakesTheFoundSubjectAsWhatStaysSharp() {
        FloatImage src = TestImages.scene(160, 120, 4);
        // The finder marks the left half as the subject.
        SceneMaskEngine leftHalf = (mask, picture, ctx) -> {
            float[] out = new float[picture.width() * picture.height()];
            for (int y = 0; y < picture.height(); y++) for (int x = 0; x < picture.width() / 2; x++) out[y * picture.width() + x] = 1;
            return out;
        };
        Layer dof = Layer.of("dof", OpRegistry.require("depth-of-field").schema().defaults()
                .with("focus", new ImagePoint(0.25, 0.5)).with("fNumber", 1.4).with("focalLength", 85.0).with("horizon", 0.2))
            .withMask(Mask.Scene.of(SceneKind.SUBJECT));
        try (TileRenderer r = new TileRenderer(2, 64, 0, OpRegistry::require, leftHalf)) {
            FloatImage out = render(r, TestImages.emptyDoc().withLayers(List.of(dof)), src, false);
            double subjectChange = 0, backgroundChange = 0;
            for (int y = 10; y < 110; y++) {
                for (int x = 5; x < 70; x++) subjectChange += Math.abs(out.plane(1)[y * 160 + x] - src.plane(1)[y * 160 + x]);
                for (int x = 90; x < 155; x++) backgroundChange += Math.abs(out.plane(1)[y * 160 + x] - src.plane(1)[y * 160 + x]);
            }
            assertThat(subjectChange).as("the subject stays sharp").isLessThan(backgroundChange / 20);
            assertThat(backgroundChange).as("the background blurs").isGreaterThan(1);
        }
    }
}
