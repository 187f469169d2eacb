package dev.patina.doc;

/** A point of the picture as fractions of its width and height (0,0 top left; 1,1 bottom right). */
public record ImagePoint(double x, double y) {
    public ImagePoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) throw new IllegalArgumentException("point must be finite");
    }

    /** This point moved inside the picture. */
    public ImagePoint clamped() {
        return new ImagePoint(Math.max(0, Math.min(1, x)), Math.max(0, Math.min(1, y)));
    }
}
