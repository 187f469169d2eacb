package dev.patina.ops.dof;

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
        Params p = DepthOfFieldOp.SCHEMA.defaults().with("focusX", 0.5).with("focusY", 0.75).with("fNumber", 1.4)
            .with("focalLength", 85.0).with("horizon", 0.3);
        RenderContext ctx = new RenderContext(w, h, 1, 0);
        FloatImage img = new FloatImage(w, h);
        float[] q = DepthSource.from(p, Resources.NONE, true).inverseDistance(img, ctx);
        float[] coc = new DepthOfFieldOp().circlesOfConfusion(p, Resources.NONE, q, w, h, ctx);
        int focus = (int) (0.75 * h) * w + w / 2;
        assertThat(Math.abs(coc[focus])).isLessThan(0.5f);
        // The ground plane: rows above the focus are farther (behind the focal plane), rows below nearer.
        assertThat(coc[(int) (0.5 * h) * w + w / 2]).isGreaterThan(1f);
        assertThat(coc[(h - 1) * w + w / 2]).isLessThan(-1f);
        // A wider aperture gives larger discs.
        float[] wide = new DepthOfFieldOp().circlesOfConfusion(p.with("fNumber", 0.95), Resources.NONE, q, w, h, ctx);
        assertThat(Math.abs(wide[(h - 1) * w])).isGreaterThan(Math.abs(coc[(h - 1) * w]));
    }
}
