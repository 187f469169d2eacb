package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;

/**
 * Scene masks computed from the pixels alone: the subject (and its inverse, the background) and
 * the sky, each a full-size soft alpha plane (w*h floats in 0..1, row-major). Pure functions of
 * the image and the hints, so a global render stage can cache them by the image and hint hash.
 *
 * <p>Pipeline: seeds at ~0.25 MP ({@link SubjectSeeds}), GrabCut there ({@link GrabCut}),
 * component clean-up, then guided feathering at full size ({@link MatteRefiner}).
 */
public final class SceneMatte {
    /** GrabCut's outer iterations; it usually settles in 3-4. */
    static final int ITERATIONS = 5;

    private SceneMatte() {}

    /** The subject's alpha; all zeros when there is no subject (or the hint box is outside the image). */
    public static float[] subject(FloatImage img, SubjectHints hints) {
        return subject(pyramid(img), hints);
    }

    public static float[] subject(Pyramid source, SubjectHints hints) {
        int w = source.width(), h = source.height();
        if (hints == null) hints = SubjectHints.none();
        hints.checkSize(w, h);
        WorkImage work = WorkImage.of(source, WorkImage.TARGET_PIXELS);
        SubjectSeeds.Seeds t = SubjectSeeds.seeds(work, hints, w, h);
        if (t == null) return new float[w * h];
        boolean[] cut = TwoLevelCut.segment(source, work, t, ITERATIONS, 2);
        float[] alpha = refine(source, cut, work);
        applyScribbles(alpha, hints);
        return alpha;
    }

    /** Everything but the subject: 1 - subject. */
    public static float[] background(FloatImage img, SubjectHints hints) {
        float[] a = subject(img, hints);
        for (int i = 0; i < a.length; i++) a[i] = 1 - a[i];
        return a;
    }

    /** The sky's alpha; all zeros when there is no sky touching the top of the frame. */
    public static float[] sky(FloatImage img) {
        return sky(pyramid(img));
    }

    public static float[] sky(Pyramid source) {
        int w = source.width(), h = source.height();
        WorkImage work = WorkImage.of(source, WorkImage.TARGET_PIXELS);
        boolean[] cut = SkyMask.segment(work);
        if (cut == null) return new float[w * h];
        return refine(source, cut, work);
    }

    private static boolean any(boolean[] b) {
        for (boolean v : b) if (v) return true;
        return false;
    }

    static float[] refine(Pyramid source, boolean[] cut, WorkImage work) {
        int w = source.width(), h = source.height();
        if (!any(cut)) return new float[w * h];
        // The window must reach past the cut's uncertainty (a working pixel or so each way) and
        // span a strand of hair at full size: 0.3% of the diagonal is ~4 px on a 1 MP image.
        // Measured on the composites, wider windows soften true edges more than they gain.
        double diag = Math.hypot(w, h);
        double radius = Math.max(1.5 / work.scale, 0.003 * diag);
        return MatteRefiner.refine(source, cut, work.width, work.height, radius);
    }

    /** Painted strokes are exact at full size: the user's word overrides the matte. */
    private static void applyScribbles(float[] alpha, SubjectHints hints) {
        float[] inc = hints.include(), exc = hints.exclude();
        if (inc != null) for (int i = 0; i < alpha.length; i++) alpha[i] = Math.max(alpha[i], clamp(inc[i]));
        if (exc != null) for (int i = 0; i < alpha.length; i++) alpha[i] = Math.min(alpha[i], 1 - clamp(exc[i]));
    }

    private static float clamp(float v) { return v <= 0 ? 0 : v >= 1 ? 1 : v; }

    private static Pyramid pyramid(FloatImage img) {
        if (img.width() < 1 || img.height() < 1) throw new IllegalArgumentException("empty image");
        return new Pyramid(img.bounds().x() == 0 && img.bounds().y() == 0 ? img : img.movedTo(0, 0));
    }
}
