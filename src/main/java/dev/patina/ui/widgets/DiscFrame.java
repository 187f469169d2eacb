package dev.patina.ui.widgets;

/**
 * Where the light widget's sphere sits in its component: centre and radius in component pixels
 * (y down). Maps pointer positions to disc coordinates (u right, v up, the rim at radius 1) and back.
 */
record DiscFrame(double centreX, double centreY, double radius) {

    /** The largest disc inside a w × h component, with {@code inset} pixels free around it. */
    static DiscFrame inside(int w, int h, double inset) {
        return new DiscFrame(w / 2.0, h / 2.0, Math.max(1, Math.min(w, h) / 2.0 - inset));
    }

    /** Disc coordinates {u, v} of component point (x, y); outside the rim when |(u, v)| > 1. */
    double[] toDisc(double x, double y) {
        return new double[] {(x - centreX) / radius, (centreY - y) / radius};
    }

    /** Component point {x, y} of disc point (u, v). */
    double[] toComponent(double u, double v) {
        return new double[] {centreX + u * radius, centreY - v * radius};
    }
}
