package dev.patina.scene;

/**
 * One window a cascade accepted, or a group of them: position and size in the pixels of the image
 * the cascade ran on, how many raw windows support it (1 for a raw hit), and the best margin by
 * which a window passed the last stage (how sure the cascade was).
 */
public record Detection(double x, double y, double width, double height, int neighbours, double margin) {
    public double centreX() { return x + width / 2; }

    public double centreY() { return y + height / 2; }

    public double right() { return x + width; }

    public double bottom() { return y + height; }

    /** Intersection over union with another box. */
    public double iou(Detection o) {
        double ix = Math.max(0, Math.min(right(), o.right()) - Math.max(x, o.x));
        double iy = Math.max(0, Math.min(bottom(), o.bottom()) - Math.max(y, o.y));
        double inter = ix * iy;
        return inter <= 0 ? 0 : inter / (width * height + o.width * o.height - inter);
    }

    /** The share of the smaller box that the two boxes have in common: 1 when one lies inside the other. */
    public double overlapOfSmaller(Detection o) {
        double ix = Math.max(0, Math.min(right(), o.right()) - Math.max(x, o.x));
        double iy = Math.max(0, Math.min(bottom(), o.bottom()) - Math.max(y, o.y));
        return ix * iy / Math.min(width * height, o.width * o.height);
    }

    /** This box mirrored left-right in an image of the given width. */
    public Detection mirrored(int imageWidth) {
        return new Detection(imageWidth - x - width, y, width, height, neighbours, margin);
    }

    public Detection scaled(double s) {
        return new Detection(x * s, y * s, width * s, height * s, neighbours, margin);
    }
}
