package dev.patina.ops.relight;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Shadows the depth map casts on itself under a directional light, found by marching each pixel's
 * ray towards the light across the image ("screen-space" shadows). The ray's own depth at each
 * step comes from the pinhole camera exactly; a pixel is shadowed where the map's surface lies
 * in front of the ray by more than a small bias and less than {@link #THICKNESS} of the distance
 * (the map shows only front surfaces: without a thickness limit every object would be an infinite
 * wall). Only what the map shows can cast a shadow, and shadows reach at most {@link #REACH} of
 * the image diagonal.
 */
final class CastShadows {
    static final double REACH = 0.12;
    static final int STEPS = 48;
    static final double BIAS = 0.01, THICKNESS = 0.25;

    private CastShadows() {}

    /** 1 where the light is blocked, 0 where it reaches; q = 1/distance per pixel. */
    static float[] of(float[] q, int w, int h, double lx, double ly, double lz, BooleanSupplier cancelled) {
        double f = Normals.ASSUMED_FOCAL_MM / 36 * w, cx = w / 2.0, cy = h / 2.0;
        double reach = REACH * Math.hypot(w, h);
        float[] shadow = new float[w * h];
        for (int y = 0; y < h; y++) {
            if ((y & 31) == 0 && cancelled.getAsBoolean()) throw new CancellationException("render cancelled");
            for (int x = 0; x < w; x++) {
                double d = 1 / Math.max(1e-6, q[y * w + x]);
                double u0 = x + 0.5 - cx, v0 = y + 0.5 - cy;            // image offsets (v down)
                double px = u0 * d / f, py = -v0 * d / f;             // camera-space point, z = −d
                // Screen direction of the ray at its start (derivative of the projection).
                double du = f * (lx * d + px * lz) / (d * d), dv = -f * (ly * d + py * lz) / (d * d);
                double len = Math.hypot(du, dv);
                if (len < 1e-9) continue; // light along the view ray: its shadows are hidden behind objects
                du /= len;
                dv /= len;
                boolean alongU = Math.abs(du) >= Math.abs(dv);
                double step = Math.max(1, reach / STEPS);
                for (int s = 1; s <= STEPS; s++) {
                    double su = u0 + du * s * step, sv = v0 + dv * s * step;
                    int ix = (int) Math.floor(su + cx), iy = (int) Math.floor(sv + cy);
                    if (ix < 0 || iy < 0 || ix >= w || iy >= h) break;
                    // The ray parameter t at which it projects to this column (or row), then its depth.
                    double t = alongU ? (su * d - f * px) / (f * lx + su * lz) : (-sv * d - f * py) / (f * ly - sv * lz);
                    if (!(t > 0)) continue;
                    double rayDepth = d - t * lz;
                    double mapDepth = 1 / Math.max(1e-6, q[iy * w + ix]);
                    double gap = rayDepth - mapDepth;
                    if (gap > BIAS * rayDepth && gap < THICKNESS * rayDepth) { shadow[y * w + x] = 1; break; }
                }
            }
        }
        return shadow;
    }
}
