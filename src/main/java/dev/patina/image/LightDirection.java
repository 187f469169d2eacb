package dev.patina.image;

/**
 * Where the relight layer's key light comes from, in the layer's own terms, and the same direction
 * as a vector and as a point on a sphere seen by the camera. One place for the convention, so the
 * kernel and the editor's light widget cannot drift apart.
 *
 * <p>{@code azimuth} (degrees) turns in the picture plane: 0 = from the camera's left, 90 = from
 * above, 180 = from the right, 270 = from below. {@code elevation} (degrees) is the angle out of the
 * picture towards the camera: 0 = grazing along the picture plane, 90 = on-axis frontal. The unit
 * vector towards the light in camera space (x right, y up, z towards the camera) is
 * (−cos az cos el, sin az cos el, sin el).
 *
 * <p>The disc point is where a Lambertian sphere facing the camera is brightest: the point whose
 * normal is the light vector, projected orthographically onto the picture, so (u, v) = (x, y) with
 * u to the right and v up, inside the unit disc. Elevation 0..90 covers exactly the front
 * hemisphere, so every disc point is one direction and back.
 */
public record LightDirection(double azimuth, double elevation) {

    /** The unit vector towards the light: x right, y up, z towards the camera. */
    public double[] vector() {
        double az = Math.toRadians(azimuth), el = Math.toRadians(elevation);
        return new double[] {-Math.cos(az) * Math.cos(el), Math.sin(az) * Math.cos(el), Math.sin(el)};
    }

    /** Where the light's highlight sits on a unit sphere facing the camera: {u right, v up}, |(u, v)| ≤ 1. */
    public double[] discPoint() {
        double[] l = vector();
        return new double[] {l[0], l[1]};
    }

    /**
     * The direction whose highlight is at disc point (u right, v up). A point outside the disc is
     * pulled onto its rim (a grazing light). At the centre the light is frontal and has no azimuth of
     * its own, so {@code keepAzimuth} (the current one) is kept rather than jumping to 0.
     */
    public static LightDirection fromDiscPoint(double u, double v, double keepAzimuth) {
        double r = Math.hypot(u, v);
        if (r < 1e-9) return new LightDirection(normalise(keepAzimuth), 90);
        double rim = Math.min(1, r);
        double elevation = Math.toDegrees(Math.acos(rim));
        double azimuth = normalise(Math.toDegrees(Math.atan2(v, -u)));
        return new LightDirection(azimuth, elevation);
    }

    /** An angle in [0, 360). */
    public static double normalise(double deg) {
        double a = deg % 360;
        if (a < 0) a += 360;
        return a >= 360 ? 0 : a;
    }
}
