package dev.patina.scene;

import dev.patina.image.Rect;
import java.util.List;

/**
 * What the caller knows about where the subject is: face boxes from a face detector (full-size
 * pixels), a box the user drew (fractions 0..1 of width and height: x0, y0, x1, y1), and
 * include/exclude scribbles the user painted (full-size masks, w*h values, painted where > 0.5).
 * Any of them may be absent; with none at all the subject is found by saliency.
 *
 * <p>Kept to plain types so a face detector or the document model can fill it without this
 * package depending on them.
 */
public record SubjectHints(List<Rect> faces, double[] box, float[] include, float[] exclude) {
    public SubjectHints {
        faces = faces == null ? List.of() : List.copyOf(faces);
        if (box != null) {
            if (box.length != 4) throw new IllegalArgumentException("hint box needs 4 numbers x0,y0,x1,y1, got " + box.length);
            for (double v : box) if (!Double.isFinite(v)) throw new IllegalArgumentException("hint box values must be finite numbers");
            box = box.clone();
        }
    }

    public static SubjectHints none() {
        return new SubjectHints(List.of(), null, null, null);
    }

    public SubjectHints withFaces(List<Rect> f) { return new SubjectHints(f, box, include, exclude); }

    public SubjectHints withBox(double x0, double y0, double x1, double y1) {
        return new SubjectHints(faces, new double[] {x0, y0, x1, y1}, include, exclude);
    }

    public SubjectHints withScribbles(float[] inc, float[] exc) { return new SubjectHints(faces, box, inc, exc); }

    /**
     * The hint box in pixels of a w x h image, ordered and clipped to the image; an empty rect when
     * it lies outside the image (no subject there), null when there is no box.
     */
    Rect boxIn(int w, int h) {
        if (box == null) return null;
        double x0 = Math.min(box[0], box[2]), x1 = Math.max(box[0], box[2]);
        double y0 = Math.min(box[1], box[3]), y1 = Math.max(box[1], box[3]);
        int px0 = (int) Math.floor(clamp01(x0) * w), px1 = (int) Math.ceil(clamp01(x1) * w);
        int py0 = (int) Math.floor(clamp01(y0) * h), py1 = (int) Math.ceil(clamp01(y1) * h);
        return new Rect(px0, py0, Math.max(0, px1 - px0), Math.max(0, py1 - py0));
    }

    /** True when there is a hint box and none of it lies inside a w x h image. */
    public boolean boxIsOutside(int w, int h) {
        Rect r = boxIn(w, h);
        return r != null && r.isEmpty();
    }

    /** Checks the scribbles fit a w x h image; a wrong size is the caller's bug, named clearly. */
    void checkSize(int w, int h) {
        long n = (long) w * h;
        if (include != null && include.length != n)
            throw new IllegalArgumentException("include scribble has " + include.length + " values, the image " + w + "x" + h + " has " + n);
        if (exclude != null && exclude.length != n)
            throw new IllegalArgumentException("exclude scribble has " + exclude.length + " values, the image " + w + "x" + h + " has " + n);
    }

    private static double clamp01(double v) { return Math.max(0, Math.min(1, v)); }
}
