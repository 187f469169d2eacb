package dev.patina.scene;

import dev.patina.image.Rect;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A detected face in full-size pixels: its box, its two eye centres ({@code leftEye} is the one
 * further left in the image, whichever of the person's eyes that is) and a score in 0..1 (how
 * well the cascade, the skin and the eye evidence agree; not a calibrated probability).
 * {@code profile} marks a face found by the profile cascade, whose far eye is an estimate.
 */
public record Face(Rect box, EyePoint leftEye, EyePoint rightEye, double score, boolean profile) {
    public double interocularDistance() {
        return leftEye.distance(rightEye);
    }

    /**
     * The eye nearer the camera, where depth of field should focus. A head turned away from the
     * camera shows the near eye with more cheek beside it and the far eye close to the outline,
     * so the nearer eye is the one with the wider gap to its own side of the face box. When the
     * gaps differ by less than 5% of the box width the face is frontal and both eyes are equally
     * near; the one closer to the box's centre line is then taken (it is the more centred one in
     * the frame of the face, hence the less likely to sit on the soft edge of a shallow field).
     */
    public EyePoint nearerEye() {
        double leftGap = leftEye.x() - box.x(), rightGap = box.right() - rightEye.x();
        if (Math.abs(leftGap - rightGap) >= 0.05 * box.width()) return leftGap > rightGap ? leftEye : rightEye;
        double cx = box.x() + box.width() / 2.0;
        return Math.abs(leftEye.x() - cx) <= Math.abs(rightEye.x() - cx) ? leftEye : rightEye;
    }

    /** The face with the largest box (ties: the higher score); empty for no faces. */
    public static Optional<Face> largest(List<Face> faces) {
        return faces.stream().max(Comparator.comparingLong((Face f) -> f.box().area()).thenComparingDouble(Face::score));
    }

    /** Depth of field's default focus point: the nearer eye of the largest face, if there is a face. */
    public static Optional<EyePoint> focusPoint(List<Face> faces) {
        return largest(faces).map(Face::nearerEye);
    }
}
