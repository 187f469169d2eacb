package dev.patina.ops.relight;

import dev.patina.image.BoxMean;

/**
 * Surface normals in camera space (x right, y up, z towards the camera), three planes nx, ny, nz.
 *
 * <p>From depth: each pixel is lifted to a 3D point with a pinhole camera of 50 mm full-frame
 * equivalent (relight has no lens parameter; a "normal" lens is the least surprising assumption,
 * and the camera scale cancels in the directions), and the normal is the cross product of the
 * one-sided point differences over step pixels, each taken on the side where the depth is smooth.
 *
 * <p>From luminance (no map): the large-scale luminance is taken as a height field, brighter = nearer,
 * the classic 2D shape-from-shading shortcut: it gives a face or a bright object a rounded shape
 * that turns away from the camera towards its darker rim.
 */
final class Normals {
    static final double ASSUMED_FOCAL_MM = 50;

    private Normals() {}

    static float[][] fromInverseDistance(float[] q, int w, int h, int step) {
        double f = ASSUMED_FOCAL_MM / 36 * w;
        float[][] n = new float[3][w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double[] p = point(q, w, x, y, f, h);
                double[] tx = tangent(q, w, h, f, p, x, y, step, 0);
                double[] ty = tangent(q, w, h, f, p, x, y, 0, step);
                // tx runs right, ty runs down the image: ty × tx faces the camera for a frontal plane.
                double nx = ty[1] * tx[2] - ty[2] * tx[1], ny = ty[2] * tx[0] - ty[0] * tx[2], nz = ty[0] * tx[1] - ty[1] * tx[0];
                store(n, y * w + x, nx, ny, nz);
            }
        }
        return n;
    }

    /**
     * The surface direction through p along (dx, dy): the central difference where the depth is
     * smooth; at a depth jump (one side changes more than {@link #JUMP} times the other and by over
     * 2% of the distance) the one-sided difference on the smooth side. At a silhouette one side
     * lands on the background; the other still lies on the object, so the rim keeps the object's
     * normal instead of a wall-like one.
     */
    private static double[] tangent(float[] q, int w, int h, double f, double[] p, int x, int y, int dx, int dy) {
        int xa = Math.max(0, x - dx), ya = Math.max(0, y - dy), xb = Math.min(w - 1, x + dx), yb = Math.min(h - 1, y + dy);
        double[] a = point(q, w, xa, ya, f, h), b = point(q, w, xb, yb, f, h);
        double da = Math.abs(a[2] - p[2]), db = Math.abs(b[2] - p[2]);
        boolean jump = Math.max(da, db) > JUMP * Math.min(da, db) && Math.max(da, db) > 0.02 * -p[2];
        double[] from = a, to = b;
        if (jump || xa == x && ya == y || xb == x && yb == y) {
            boolean useB = (xb != x || yb != y) && (db <= da || (xa == x && ya == y));
            from = useB ? p : a;
            to = useB ? b : p;
        }
        return new double[] {to[0] - from[0], to[1] - from[1], to[2] - from[2]};
    }

    static final double JUMP = 3;

    private static double[] point(float[] q, int w, int x, int y, double f, int h) {
        double d = 1 / Math.max(1e-6, q[y * w + x]);
        return new double[] {(x + 0.5 - w / 2.0) * d / f, -(y + 0.5 - h / 2.0) * d / f, -d};
    }

    /**
     * Normals of a height field made from luminance, brighter = nearer. The height is the mean of
     * luminance blurred at several radii (given in px), so a bright face on a darker ground becomes
     * a dome at its own scale and smaller forms add their bumps. The slope scale is set so the median
     * tilt is {@link #TARGET_SLOPE} whatever the image's contrast: a low-contrast picture still gets
     * a shape, and the look is the same at every render scale. A featureless image stays flat
     * (the scale is capped).
     */
    static float[][] fromLuminance(float[] luma, int w, int h, int[] radii) {
        float[] height = new float[w * h];
        for (int r : radii) {
            float[] b = BoxMean.whole(BoxMean.whole(luma, w, h, r), w, h, r);
            for (int i = 0; i < height.length; i++) height[i] += b[i] / radii.length;
        }
        float[] gx = new float[w * h], gy = new float[w * h];
        for (int y = 0; y < h; y++) {
            int ya = Math.max(0, y - 1), yb = Math.min(h - 1, y + 1);
            for (int x = 0; x < w; x++) {
                int xa = Math.max(0, x - 1), xb = Math.min(w - 1, x + 1);
                int i = y * w + x;
                gx[i] = (height[y * w + xb] - height[y * w + xa]) / Math.max(1, xb - xa);
                gy[i] = (height[yb * w + x] - height[ya * w + x]) / Math.max(1, yb - ya);
            }
        }
        // The median slope, not the mean: a few strong edges (a dark suit against a white shirt)
        // must not flatten every softer form, a face among them.
        float[] mag = new float[w * h];
        for (int i = 0; i < mag.length; i++) mag[i] = (float) Math.hypot(gx[i], gy[i]);
        java.util.Arrays.sort(mag);
        double typical = mag[mag.length / 2];
        // The cap: a gradient of 0.05 over the image's width (nearly flat) never tilts more than the target.
        double k = TARGET_SLOPE / Math.max(typical, 0.05 / Math.max(w, h));
        float[][] n = new float[3][w * h];
        for (int i = 0; i < gx.length; i++) store(n, i, -k * gx[i], k * gy[i], 1); // image y runs down, camera y up
        return n;
    }

    /**
     * Normals of a subject from its silhouette alone (inflation): inside the matte the surface rises
     * from the edge like a tube of the subject's own width, h = √(D(2R − D)) with D the distance to
     * the edge and R the subject's largest half-width, so normals turn outwards towards the
     * silhouette and face the camera in the middle; the height is smoothed over a tenth of R so the
     * medial axis leaves no crease. Outside the subject the surface is a plane facing the camera, so
     * a light gives the background no form; a soft matte blends the two.
     */
    static float[][] fromSilhouette(float[] alpha, int w, int h) {
        boolean[] in = new boolean[w * h];
        for (int i = 0; i < in.length; i++) in[i] = alpha[i] >= 0.5f;
        float[] d = dev.patina.image.DistanceTransform.inside(in, w, h, false);
        float r = 0;
        for (float v : d) r = Math.max(r, v);
        float[][] n = new float[3][w * h];
        if (r < 1) {
            java.util.Arrays.fill(n[2], 1f);
            return n;
        }
        float[] height = new float[w * h];
        for (int i = 0; i < height.length; i++) {
            float di = Math.min(d[i], r);
            height[i] = (float) Math.sqrt(Math.max(0, di * (2 * r - di)));
        }
        int sr = (int) Math.max(1, Math.round(r / 10));
        height = BoxMean.whole(BoxMean.whole(height, w, h, sr), w, h, sr);
        for (int y = 0; y < h; y++) {
            int ya = Math.max(0, y - 1), yb = Math.min(h - 1, y + 1);
            for (int x = 0; x < w; x++) {
                int xa = Math.max(0, x - 1), xb = Math.min(w - 1, x + 1), i = y * w + x;
                double gx = (height[y * w + xb] - height[y * w + xa]) / Math.max(1, xb - xa);
                double gy = (height[yb * w + x] - height[ya * w + x]) / Math.max(1, yb - ya);
                double a = Math.max(0, Math.min(1, alpha[i]));
                // The subject's normal where the matte covers the pixel, the camera-facing plane where it does not.
                store(n, i, a * -gx, a * gy, 1);
            }
        }
        return n;
    }

    /** Median slope of the luminance shape: about 30°, the tilt of a face's cheeks. */
    static final double TARGET_SLOPE = 0.6;

    private static void store(float[][] n, int i, double nx, double ny, double nz) {
        if (nz < 0) { nx = -nx; ny = -ny; nz = -nz; } // always facing the camera
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (!(len > 1e-20)) { nx = 0; ny = 0; nz = 1; len = 1; }
        n[0][i] = (float) (nx / len);
        n[1][i] = (float) (ny / len);
        n[2][i] = (float) (nz / len);
    }
}
