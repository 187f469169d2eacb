package dev.patina.scene;

/** A point in full-size image pixels (sub-pixel: x, y of the point, not of a pixel's corner). */
public record EyePoint(double x, double y) {
    public double distance(EyePoint o) {
        return Math.hypot(x - o.x, y - o.y);
    }
}
