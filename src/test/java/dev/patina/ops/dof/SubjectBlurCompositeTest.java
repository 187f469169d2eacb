package dev.patina.ops.dof;

import dev.patina.doc.Document;
import dev.patina.doc.ImagePoint;
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
import dev.patina.testing.Pngs;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Depth of field with a subject matte and no depth map, on a composite whose matte is known: a
 * textured subject pasted with a soft edge over a different photograph. The subject stays sharp to
 * the level, the background blurs, and the blur leaves no rim around the subject. The matte is
 * the truth here, so this measures the blur's use of a matte, not the matte itself.
 */
public class SubjectBlurCompositeTest {
    static final Path PHOTOS = Path.of("../shared/data/photos");

    /** A soft-edged ellipse: the composite's matte. */
    static float[] matte(int w, int h) {
        float[] a = new float[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            double u = (x + 0.5 - w * 0.45) / (w * 0.18), v = (y + 0.5 - h * 0.55) / (h * 0.35);
            double r = Math.sqrt(u * u + v * v);
            a[y * w + x] = (float) Math.max(0, Math.min(1, (1.04 - r) / 0.08));
        }
        return a;
    }

    @Test
    void theSubjectStaysSharpTheBackgroundBlursAndNoRimIsLeft() {
        FloatImage subject = Pngs.read(PHOTOS.resolve("kodim23.png")), ground = Pngs.read(PHOTOS.resolve("kodim15.png"));
        int w = Math.min(subject.width(), ground.width()), h = Math.min(subject.height(), ground.height());
        float[] alpha = matte(w, h);
        FloatImage comp = new FloatImage(w, h);
        for (int c = 0; c < 3; c++) for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int i = y * w + x;
            comp.plane(c)[i] = alpha[i] * subject.plane(c)[y * subject.width() + x] + (1 - alpha[i]) * ground.plane(c)[y * ground.width() + x];
        }
        SceneMaskEngine truth = (mask, picture, ctx) -> alpha.clone();
        Layer dof = Layer.of("blur", OpRegistry.require("depth-of-field").schema().defaults()
                .with("focusOn", "point").with("focus", new ImagePoint(0.45, 0.55)).with("fNumber", 1.8).with("focalLength", 85.0).with("horizon", 0.3))
            .withMask(Mask.Scene.of(SceneKind.SUBJECT));
        FloatImage out;
        try (TileRenderer r = new TileRenderer(2, 128, 0, OpRegistry::require, truth)) {
            Document doc = dev.patina.testing.TestImages.emptyDoc().withLayers(List.of(dof));
            out = r.render(RenderRequest.whole(doc, new Pyramid(comp), Resources.NONE, 1), ProgressListener.NONE, new CancelToken());
        }
        boolean[] core = new boolean[w * h], band = new boolean[w * h], far = new boolean[w * h];
        float[] dIn = distance(alpha, w, h, true), dOut = distance(alpha, w, h, false);
        for (int i = 0; i < core.length; i++) {
            core[i] = alpha[i] >= 1 && dIn[i] > 3;
            band[i] = alpha[i] <= 0 && dOut[i] <= 6;
            far[i] = alpha[i] <= 0 && dOut[i] > 40;
        }
        double worst = 0;
        for (int c = 0; c < 3; c++) for (int i = 0; i < core.length; i++) {
            if (core[i]) worst = Math.max(worst, Math.abs(Srgb.encode(out.plane(c)[i]) - Srgb.encode(comp.plane(c)[i])) * 255);
        }
        double bgKept = hfKept(comp, out, far, w, h), bandKept = hfKept(comp, out, band, w, h);
        System.out.printf("subject core: worst change %.2f levels; background keeps %.1f%% of its detail, the 6 px band %.1f%%%n",
            worst, 100 * bgKept, 100 * bandKept);
        assertThat(worst).as("subject within one 8-bit level").isLessThanOrEqualTo(1.0);
        assertThat(bgKept).as("background loses at least 70% of its detail").isLessThanOrEqualTo(0.30);
        assertThat(Math.abs(bandKept - bgKept)).as("no rim: the band blurs like the background").isLessThanOrEqualTo(0.10);
    }

    /** Share of the 1-4 px detail energy of {@code before} still in {@code after}, over the pixels marked. */
    public static double hfKept(FloatImage before, FloatImage after, boolean[] where, int w, int h) {
        float[] a = before.plane(1), b = after.plane(1);
        float[] ma = BoxMean.whole(a, w, h, 2), mb = BoxMean.whole(b, w, h, 2);
        double ea = 0, eb = 0;
        for (int i = 0; i < a.length; i++) {
            if (!where[i]) continue;
            double da = Srgb.encode(a[i]) - Srgb.encode(ma[i]), db = Srgb.encode(b[i]) - Srgb.encode(mb[i]);
            ea += da * da;
            eb += db * db;
        }
        return eb / ea;
    }

    /** Distance to the subject's edge from inside (alpha = 1) or outside (alpha = 0). */
    public static float[] distance(float[] alpha, int w, int h, boolean inside) {
        boolean[] in = new boolean[alpha.length];
        for (int i = 0; i < in.length; i++) in[i] = inside ? alpha[i] >= 1 : alpha[i] <= 0;
        return dev.patina.image.DistanceTransform.inside(in, w, h, false);
    }
}
