package dev.patina.ops.dof;

/**
 * Thin-lens circle of confusion on a 36 mm wide (full-frame) sensor: c = (f/N) · |d − s|/d · f/(s − f)
 * for focus distance s and object distance d. Written in inverse distance q = 1/d this is
 * c = (f/N) · f/(s − f) · |1 − s q|, linear in q, which is why depth is carried as q.
 */
record ThinLens(double focalMm, double fNumber, double focusM) {
    static final double SENSOR_WIDTH_MM = 36;

    ThinLens {
        // A subject closer than the focal length cannot be focused; keep s just beyond f.
        focusM = Math.max(focusM, focalMm / 1000 * 1.05);
    }

    /** Millimetres on the sensor per unit of (1 − s q). */
    double cocScaleMm() {
        double f = focalMm / 1000;
        return focalMm / fNumber * f / (focusM - f);
    }

    /**
     * Signed CoC diameter in output pixels for an image imageWidthPx wide: positive behind the focal
     * plane, negative in front of it.
     */
    float signedCocPx(float inverseDistance, double imageWidthPx) {
        return (float) (cocScaleMm() * (1 - focusM * inverseDistance) * imageWidthPx / SENSOR_WIDTH_MM);
    }
}
