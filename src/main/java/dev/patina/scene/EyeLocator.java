package dev.patina.scene;

import dev.patina.image.FloatImage;

/**
 * Places the two eye centres in a face box: each eye is searched in its own region of the box
 * (where faces of that cascade put it), on a patch cut from the full-size image, by
 * {@link EyeCentre}'s gradient voting with a prior at the region's expected centre.
 *
 * <p>The expected positions are fractions of the box, measured on the labelled portraits of the
 * tests (see src/test/resources/dev/patina/scene/eyes.csv). A profile face shows one eye; the
 * other, hidden behind the nose, is placed at the typical interocular distance towards the
 * face's outline, so depth of field's nearer-eye rule picks the visible one.
 */
final class EyeLocator {
    /** Expected eye centres in a frontal alt2 box, as fractions of its width and height. */
    static final double FRONTAL_EYE_X = 0.305, FRONTAL_EYE_Y = 0.395;
    /** Expected visible-eye centre in a profile box (the face looking left in the image, as the cascade was trained). */
    static final double PROFILE_EYE_X = 0.45, PROFILE_EYE_Y = 0.40;
    /** Search region around the expected centre, as fractions of the box; the patch is sampled at this many pixels across. */
    static final double REGION_W = 0.30, REGION_H = 0.22;
    static final int PATCH_W = 48;

    /** The two eyes, and the weaker eye's darkness (see {@link EyeCentre.Result#darkness()}). */
    record Eyes(EyePoint left, EyePoint right, double darkness) {}

    Eyes locate(FloatImage full, Detection box, FaceDetector.Kind kind) {
        if (kind == FaceDetector.Kind.FRONTAL) {
            Found l = find(full, box, FRONTAL_EYE_X, FRONTAL_EYE_Y);
            Found r = find(full, box, 1 - FRONTAL_EYE_X, FRONTAL_EYE_Y);
            return new Eyes(l.p, r.p, Math.min(l.darkness, r.darkness));
        }
        boolean facingLeft = kind == FaceDetector.Kind.PROFILE;
        double ex = facingLeft ? PROFILE_EYE_X : 1 - PROFILE_EYE_X;
        Found seen = find(full, box, ex, PROFILE_EYE_Y);
        double gap = 0.28 * box.width();
        EyePoint hidden = new EyePoint(seen.p.x() + (facingLeft ? -gap : gap), seen.p.y());
        return facingLeft ? new Eyes(hidden, seen.p, seen.darkness) : new Eyes(seen.p, hidden, seen.darkness);
    }

    private record Found(EyePoint p, double darkness) {}

    private Found find(FloatImage full, Detection box, double fx, double fy) {
        double cx = box.x() + fx * box.width(), cy = box.y() + fy * box.height();
        double rw = REGION_W * box.width(), rh = REGION_H * box.height();
        double x0 = cx - rw / 2, y0 = cy - rh / 2;
        int pw = PATCH_W, ph = Math.max(8, (int) Math.round(PATCH_W * rh / rw));
        LumaPlane patch = Patch.luma(full, x0, y0, x0 + rw, y0 + rh, pw, ph);
        EyeCentre.Result r = EyeCentre.locate(patch, pw / 2.0, ph / 2.0, 0.35 * pw);
        return new Found(new EyePoint(x0 + r.x() * rw / pw, y0 + r.y() * rh / ph), r.darkness());
    }
}
