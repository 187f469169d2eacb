package dev.patina.ops.dof;

import dev.patina.ops.depth.DepthSources;
import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import dev.patina.ops.depth.DepthSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The blur discs the editor's in-focus overlay reads: none at the focus point, growing away from it, signed by side. */
class CirclesOfConfusionTest {

    @Test
    void sharpAtTheFocusPointBlurredBehindAndInFront() {
        int w = 200, h = 300;
        Params p = new DepthOfFieldOp().schema().defaults().with("focus", new dev.patina.doc.ImagePoint(0.5, 0.75)).with("fNumber", 1.4)
            .with("focalLength", 85.0).with("horizon", 0.3);
        RenderContext ctx = new RenderContext(w, h, 1, 0);
        FloatImage img = new FloatImage(w, h);
        float[] q = DepthSources.dof(p, Resources.NONE).inverseDistance(img, ctx);
        float[] coc = coc(p, q, w, h, ctx);
        int focus = (int) (0.75 * h) * w + w / 2;
        assertThat(Math.abs(coc[focus])).isLessThan(0.5f);
        // The ground plane: rows above the focus are farther (behind the focal plane), rows below nearer.
        assertThat(coc[(int) (0.5 * h) * w + w / 2]).isGreaterThan(1f);
        assertThat(coc[(h - 1) * w + w / 2]).isLessThan(-1f);
        // A wider aperture gives larger discs.
        float[] wide = coc(p.with("fNumber", 0.95), q, w, h, ctx);
        assertThat(Math.abs(wide[(h - 1) * w])).isGreaterThan(Math.abs(coc[(h - 1) * w]));
    }

    /** The signed blur discs the layer's kernel gives a render whose inverse distances are q. */
    private static float[] coc(Params p, float[] q, int w, int h, RenderContext ctx) {
        DepthOfFieldKernel k = (DepthOfFieldKernel) new DepthOfFieldOp().prepare(p, Resources.NONE);
        return k.cocMap(q, k.lens(q, w, h, ctx), ctx);
    }
}
