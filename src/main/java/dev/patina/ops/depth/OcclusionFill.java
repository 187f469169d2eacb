package dev.patina.ops.depth;

/**
 * Fills the unknown values of a stereo depth map the way they arise: a gap in stereo ground truth
 * (Middlebury's 0, PFM's +inf) is almost always an occlusion, background seen by one camera and
 * hidden behind a nearer edge from the other. Each run of unknowns along a row therefore takes
 * the farther (smaller inverse distance) of the two known values that bound it, not their average:
 * an average puts a strip of background between two leaves at the leaves' depth, where the blur
 * then leaves it sharp. Runs touching the row's ends take their one known neighbour; rows with
 * nothing known are left for {@link PushPullFill}.
 */
final class OcclusionFill {
    private OcclusionFill() {}

    /** Fills the NaN runs of q (w x h, inverse distance) in place. */
    static void fill(float[] q, int w, int h) {
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int x = 0;
            while (x < w) {
                if (!Float.isNaN(q[row + x])) { x++; continue; }
                int start = x;
                while (x < w && Float.isNaN(q[row + x])) x++;
                float left = start > 0 ? q[row + start - 1] : Float.NaN;
                float right = x < w ? q[row + x] : Float.NaN;
                float value = Float.isNaN(left) ? right : Float.isNaN(right) ? left : Math.min(left, right);
                if (Float.isNaN(value)) continue;
                for (int i = start; i < x; i++) q[row + i] = value;
            }
        }
    }
}
