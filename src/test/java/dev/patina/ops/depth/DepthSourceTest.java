package dev.patina.ops.depth;

import dev.patina.doc.Params;
import dev.patina.image.DepthMap;
import dev.patina.image.FloatImage;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.RenderContext;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DepthSourceTest {
    private static Params dof() { return OpRegistry.require("depth-of-field").schema().defaults(); }

    @Test
    void mapValuesFollowTheIssuesFormulas() {
        Params p = dof().with("depth", "m.png").with("nearDistance", 0.5).with("farDistance", 20.0);
        DepthSource white = DepthSources.dof(p.with("depthMode", "near-white"), DepthScenes.serving(new DepthMap(1, 1, new float[1])));
        DepthSource black = DepthSources.dof(p.with("depthMode", "near-black"), DepthScenes.serving(new DepthMap(1, 1, new float[1])));
        for (float v : new float[] {0, 0.25f, 0.5f, 1}) {
            assertEquals(1 / 20.0 + v * (1 / 0.5 - 1 / 20.0), white.toInverse(v), 1e-6, "near-white: 1/d = 1/far + v (1/near − 1/far)");
            assertEquals(1 / (0.5 + v * (20 - 0.5)), black.toInverse(v), 1e-6, "near-black: d = near + v (far − near)");
        }
    }

    @Test
    void unknownValuesAreFilledFromNeighboursAndKnownOnesKept() {
        int w = 40, h = 30;
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) v[y * w + x] = x < w / 2 ? 0.2f : 0.8f;
        for (int y = 10; y < 14; y++) for (int x = 5; x < 9; x++) v[y * w + x] = Float.NaN; // a hole on the left
        for (int x = 0; x < w; x++) v[x] = 0; // a zero row, "unknown" with the flag
        Params p = dof().with("depth", "m.pfm").with("depthMode", "near-black").with("zeroIsUnknown", true);
        DepthSource s = DepthSources.dof(p, DepthScenes.serving(new DepthMap(w, h, v)));
        FloatImage flat = TestImages.uniform(w, h, 0.3f, 0.3f, 0.3f);
        float[] q = s.inverseDistance(flat, new RenderContext(w, h, 1, 0));
        assertEquals(s.toInverse(0.2f), q[12 * w + 7], 1e-4, "hole filled with its surroundings");
        assertEquals(s.toInverse(0.2f), q[3], 1e-4, "zero row filled from below (left half)");
        assertEquals(s.toInverse(0.8f), q[w - 3], 1e-4, "zero row filled from below (right half)");
    }

    @Test
    void anOcclusionGapBesideANearEdgeTakesTheFartherSide() {
        // A near leaf (0.9, near-white) in front of a far wall (0.1), with the 6 px stereo shadow
        // of unknowns that a right camera leaves beside the leaf's edge.
        int w = 60, h = 20;
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            v[y * w + x] = x < 30 ? 0.9f : x < 36 ? 0 : 0.1f;
        }
        Params p = dof().with("depth", "m.png").with("zeroIsUnknown", true);
        DepthSource s = DepthSources.dof(p, DepthScenes.serving(new DepthMap(w, h, v)));
        // The image shows the wall's texture in the gap: flat here, so no guide edge moves it.
        float[] q = s.inverseDistance(TestImages.uniform(w, h, 0.3f, 0.3f, 0.3f), new RenderContext(w, h, 1, 0));
        for (int x = 31; x < 36; x++) assertEquals(s.toInverse(0.1f), q[10 * w + x], 1e-4, "gap at x=" + x + " is wall");
    }

    @Test
    void groundPlaneRunsFromFarAtTheHorizonToNearAtTheBottom() {
        int w = 100, h = 200;
        DepthSource s = DepthSources.dof(dof().with("horizon", 0.5), null);
        float[] q = s.inverseDistance(TestImages.uniform(w, h, 0.2f, 0.2f, 0.2f), new RenderContext(w, h, 1, 0));
        assertEquals(1 / 20.0, q[10 * w + 50], 1e-6, "sky is at the far distance");
        assertEquals(1 / 20.0, q[99 * w + 50], 1e-6, "the horizon row is far");
        assertEquals(1 / 0.5, q[(h - 1) * w + 50], 0.02, "the bottom row is at the near distance");
        double mid = q[150 * w + 50];
        assertEquals((1 / 20.0 + 1 / 0.5) / 2, mid, 0.02, "linear in 1/d half way down");
    }
}
