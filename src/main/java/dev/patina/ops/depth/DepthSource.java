package dev.patina.ops.depth;

import dev.patina.doc.ImagePoint;
import dev.patina.image.DepthMap;
import dev.patina.image.FloatImage;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;

/**
 * Where the distances of a picture come from, shared by the depth-of-field and relight layers: a
 * depth/disparity map file, or (depth of field only) a ground plane.
 *
 * <p>Everything is produced as inverse distance q = 1/d in 1/m. The circle of confusion is linear in
 * 1/d (c ∝ |1/s − 1/d|), so resampling, filling and edge-aware filtering in q blend depths the way
 * the blur they cause blends; it also keeps "infinitely far" finite (q = 0).
 *
 * <p>A map is converted with the formulas (near-white: 1/d = 1/far + v (1/near − 1/far);
 * near-black: d = near + v (far − near)), its unknown values filled as occlusions (from the farther
 * side, {@link OcclusionFill}),
 * resampled to the render's size, then refined with a guided filter using the image as guide so
 * depth edges land on object edges. The ground plane rises linearly in q from 1/far at the horizon
 * to 1/near at the bottom edge (the q of a flat floor seen by a level camera is linear in the image
 * row); above the horizon everything is at the far distance. On the ground plane the layer's mask,
 * when it has one and {@code subjectFromMask} is on, marks the subject standing at the focus
 * distance: see {@link #placeSubject}.
 */
public final class DepthSource {
    /** Guided-filter radius for refining a map at the image's own size, as a fraction of the diagonal. */
    static final double REFINE_FRACTION = 0.004;
    static final float REFINE_EPS = 1e-2f;

    private final DepthMap map;
    private final boolean nearWhite, zeroUnknown, subjectFromMask;
    private final double near, far, horizon, tiltTan, focusX, focusY;

    private DepthSource(DepthMap map, boolean nearWhite, boolean zeroUnknown, double near, double far, double horizon,
                        double tiltDeg, boolean subjectFromMask, double focusX, double focusY) {
        this.map = map;
        this.nearWhite = nearWhite;
        this.zeroUnknown = zeroUnknown;
        this.near = near;
        this.far = Math.max(far, near * 1.001); // a reversed range would make every formula meaningless
        this.horizon = horizon;
        this.tiltTan = Math.tan(Math.toRadians(tiltDeg));
        this.subjectFromMask = subjectFromMask;
        this.focusX = focusX;
        this.focusY = focusY;
    }

    /** The source a layer without a ground plane (relight) reads: its map, or none. */
    public static DepthSource from(DepthParams d, Resources resources) {
        return from(d, null, new ImagePoint(0.5, 0.5), resources);
    }

    /**
     * The source of a layer with a ground plane (depth of field): a named map is loaded through
     * resources (throws naming the file); without one the ground plane, with the subject at the
     * focus point when the mask marks it.
     */
    public static DepthSource from(DepthParams d, GroundPlaneParams ground, ImagePoint focus, Resources resources) {
        DepthMap map = d.hasMap() ? resources.depthMap(d.depth()) : null;
        boolean plane = ground != null;
        return new DepthSource(map, d.depthMode() == DepthMode.NEAR_WHITE, d.zeroIsUnknown(), d.nearDistance(), d.farDistance(),
            plane ? ground.horizon() : 0.5, plane ? ground.tilt() : 0, plane && ground.subjectFromMask(), focus.x(), focus.y());
    }

    public boolean hasMap() { return map != null; }

    /** True when the depth is a ground plane whose subject comes from the layer's mask. */
    public boolean readsLayerMask() { return map == null && subjectFromMask; }

    public double near() { return near; }

    public double far() { return far; }

    /** Inverse distances on a 0 (far distance) .. 1 (near distance) scale, for an overlay. */
    public float[] normalised(float[] q) {
        double qFar = 1 / far, qNear = 1 / near;
        float[] out = new float[q.length];
        for (int i = 0; i < q.length; i++) out[i] = (float) ((q[i] - qFar) / (qNear - qFar));
        return out;
    }

    /** Inverse distance (1/m) of every pixel of img, the whole image at the render's scale. */
    public float[] inverseDistance(FloatImage img, RenderContext ctx) {
        if (map != null) return fromMap(img, ctx);
        float[] q = groundPlane(img.width(), img.height());
        if (readsLayerMask() && ctx.layerMask() != null && ctx.layerMask().length == q.length) {
            placeSubject(q, ctx.layerMask(), img.width(), img.height());
        }
        return q;
    }

    /** q of one map value by the layer's depthMode. */
    float toInverse(float v) {
        if (nearWhite) return (float) (1 / far + v * (1 / near - 1 / far));
        return (float) (1 / (near + v * (far - near)));
    }

    private float[] fromMap(FloatImage img, RenderContext ctx) {
        int mw = map.width(), mh = map.height();
        float[] q = map.copyValues();
        for (int i = 0; i < q.length; i++) {
            float v = q[i];
            q[i] = Float.isNaN(v) || (zeroUnknown && v == 0) ? Float.NaN : toInverse(Math.min(1f, Math.max(0f, v)));
        }
        OcclusionFill.fill(q, mw, mh);
        PushPullFill.fill(q, mw, mh, (float) (1 / far));
        int w = img.width(), h = img.height();
        float[] sized = GridResize.resize(q, mw, mh, w, h);
        float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
        for (float v : q) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        // An enlarged map has edges smeared over about one map pixel: the filter window must reach
        // across that to pull the edge onto the image's edge.
        double upscale = Math.max(w / (double) mw, h / (double) mh);
        int r = (int) Math.max(1, Math.round(Math.max(upscale, ctx.diagonalFraction(REFINE_FRACTION))));
        float[] refined = GuidedFilter.filterFast(GuidedFilter.lumaGuide(img), sized, w, h, r, REFINE_EPS, Math.max(1, r / 4));
        // The filter's linear model can overshoot at strong guide edges; no depth beyond the map's.
        for (int i = 0; i < refined.length; i++) refined[i] = Math.min(hi, Math.max(lo, refined[i]));
        snapToEdges(refined, sized, w, h, r);
        return refined;
    }

    /**
     * Where the map has a real depth step inside the window (the nearer side at least
     * {@link #STEP} nearer in q), each pixel takes whichever side of the step its filtered value is
     * closer to. The guided filter decides where the edge goes; snapping stops textured objects from
     * getting a ramp of in-between depths, which would half-blur a subject's rim.
     */
    static void snapToEdges(float[] refined, float[] raw, int w, int h, int r) {
        // The guided filter spreads an edge over two window radii (two box passes).
        float[] lo = MinMaxFilter.min(raw, w, h, 2 * r), hi = MinMaxFilter.max(raw, w, h, 2 * r);
        for (int i = 0; i < refined.length; i++) {
            if (hi[i] - lo[i] <= STEP * hi[i]) continue;
            float v = refined[i];
            refined[i] = v - lo[i] < hi[i] - v ? lo[i] : hi[i];
        }
    }

    /** Relative size of a depth step in q that counts as an edge between two surfaces. */
    static final float STEP = 0.15f;

    private float[] groundPlane(int w, int h) {
        float[] q = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) q[y * w + x] = groundAt(x, y, w, h);
        }
        return q;
    }

    /** q of the ground plane under pixel (x, y) of a w x h render. */
    private float groundAt(int x, int y, int w, int h) {
        double qFar = 1 / far, qNear = 1 / near;
        double span = Math.max(1e-6, (1 - horizon) * h);
        double below = (y + 0.5) - horizon * h + tiltTan * (x + 0.5 - w / 2.0);
        double t = Math.min(1, Math.max(0, below / span));
        return (float) (qFar + t * (qNear - qFar));
    }

    /**
     * Stands the subject the mask marks on the ground at the focus distance: every masked pixel
     * takes the focal plane's q, in proportion to its coverage (a feathered edge blends the two).
     * The focal plane is the ground under the focus point; when the focus point is on the subject
     * itself, it is the ground where the subject stands (the lowest row the mask covers, at the
     * middle of its coverage there), as a photographer focusing on a person standing on a floor.
     * Either way the subject is sharp and the ground in front of it and behind it blurs by distance.
     */
    void placeSubject(float[] q, float[] mask, int w, int h) {
        int fx = (int) Math.min(w - 1, Math.max(0, Math.floor(focusX * w)));
        int fy = (int) Math.min(h - 1, Math.max(0, Math.floor(focusY * h)));
        float subject = groundAt(fx, fy, w, h);
        if (mask[fy * w + fx] >= 0.5f) {
            for (int y = h - 1; y >= 0; y--) {
                long sum = 0;
                int n = 0;
                for (int x = 0; x < w; x++) {
                    if (mask[y * w + x] >= 0.5f) { sum += x; n++; }
                }
                if (n > 0) {
                    subject = groundAt((int) (sum / n), y, w, h);
                    break;
                }
            }
        }
        for (int i = 0; i < q.length; i++) {
            float m = Math.min(1f, Math.max(0f, mask[i]));
            q[i] += m * (subject - q[i]);
        }
    }
}
