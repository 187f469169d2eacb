package dev.patina.scene;

import java.util.List;

/**
 * Coverage maps (0..1, row-major) of the {@code face} and {@code eyes} scene-mask kinds, drawn
 * from detected faces in the coordinates of the picture they were found in. A scene-mask engine
 * detects on the picture the layer sees and passes the faces here; expand, feather and hints are
 * the engine's to apply on top.
 *
 * <p>The cascade's box runs from the brows to below the mouth; a face mask must also hold the
 * forehead and chin, so the face is the ellipse centred 55% down the box with half-axes of 0.6 and
 * 0.8 box sizes. An eye is a disc of 0.25 times the interocular distance around its centre, which
 * holds lids and lashes. Both fade out over their outer 15%, so an edit stops softly.
 */
public final class FaceMasks {
    private FaceMasks() {}

    static final double FACE_CENTRE_Y = 0.55, FACE_RX = 0.6, FACE_RY = 0.8, EYE_RADIUS = 0.25, FADE = 0.15;

    public static float[] faces(List<Face> faces, int width, int height) {
        float[] out = new float[width * height];
        for (Face f : faces) {
            double cx = f.box().x() + f.box().width() / 2.0, cy = f.box().y() + FACE_CENTRE_Y * f.box().height();
            ellipse(out, width, height, cx, cy, FACE_RX * f.box().width(), FACE_RY * f.box().height());
        }
        return out;
    }

    public static float[] eyes(List<Face> faces, int width, int height) {
        float[] out = new float[width * height];
        for (Face f : faces) {
            double r = EYE_RADIUS * Math.max(f.interocularDistance(), 0.2 * f.box().width());
            ellipse(out, width, height, f.leftEye().x(), f.leftEye().y(), r, r);
            ellipse(out, width, height, f.rightEye().x(), f.rightEye().y(), r, r);
        }
        return out;
    }

    /** Max-combines a soft ellipse (1 inside 1 - FADE of its radius, smoothstep to 0 at the radius) into out. */
    private static void ellipse(float[] out, int width, int height, double cx, double cy, double rx, double ry) {
        if (!(rx > 0 && ry > 0)) return;
        int x0 = Math.max(0, (int) Math.floor(cx - rx)), x1 = Math.min(width - 1, (int) Math.ceil(cx + rx));
        int y0 = Math.max(0, (int) Math.floor(cy - ry)), y1 = Math.min(height - 1, (int) Math.ceil(cy + ry));
        for (int y = y0; y <= y1; y++) {
            double dy = (y + 0.5 - cy) / ry;
            for (int x = x0; x <= x1; x++) {
                double dx = (x + 0.5 - cx) / rx;
                double d = Math.sqrt(dx * dx + dy * dy);
                if (d >= 1) continue;
                double t = d <= 1 - FADE ? 1 : (1 - d) / FADE;
                float v = (float) (t * t * (3 - 2 * t));
                int i = y * width + x;
                if (v > out[i]) out[i] = v;
            }
        }
    }
}
