package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;

/**
 * Scene masks computed from the pixels alone: the subject (and its inverse, the background) and
 * the sky, each a full-size soft alpha plane (w*h floats in 0..1, row-major). Pure functions of
 * the image and the hints, so a global render stage can cache them by the image and hint hash.
 * One instance per image shares the reduced copies between the masks ({@code SceneMatte.of(img)
 * .subject(h)} then {@code .sky()}); the static methods are one-off conveniences.
 *
 * <p>Pipeline: seeds at the working size ({@link SubjectSeeds}), GrabCut coarse to fine
 * ({@link TwoLevelCut}), component clean-up, then edge-aware alpha at full size
 * ({@link MatteRefiner}).
 */
public final class SceneMatte {
    /** GrabCut's outer iterations at the coarse level; it usually settles in 3-4. */
    static final int ITERATIONS = 4;
    /** Cuts at the working size: the band is narrow and the colour models already settled. */
    static final int FINE_ITERATIONS = 1;

    private final Pyramid source;
    private WorkImage work, coarse;

    private SceneMatte(Pyramid source) {
        this.source = source;
    }

    public static SceneMatte of(FloatImage img) {
        return new SceneMatte(pyramid(img));
    }

    public static SceneMatte of(Pyramid source) {
        return new SceneMatte(source);
    }

    public int width() { return source.width(); }

    public int height() { return source.height(); }

    /** The subject's alpha; all zeros when there is no subject (or the hint box is outside the image). */
    public static float[] subject(FloatImage img, SubjectHints hints) {
        return of(img).subject(hints);
    }

    /** Everything but the subject: 1 - subject. */
    public static float[] background(FloatImage img, SubjectHints hints) {
        return of(img).background(hints);
    }

    /** The sky's alpha; all zeros when there is no sky touching the top of the frame. */
    public static float[] sky(FloatImage img) {
        return of(img).sky();
    }

    public float[] subject(SubjectHints hints) {
        int w = source.width(), h = source.height();
        if (hints == null) hints = SubjectHints.none();
        hints.checkSize(w, h);
        SubjectSeeds.Seeds t = SubjectSeeds.seeds(work(), hints, w, h);
        if (t == null) return new float[w * h];
        boolean[] cut = TwoLevelCut.segment(coarse(), work(), t, ITERATIONS, FINE_ITERATIONS);
        float[] alpha = refine(cut);
        applyScribbles(alpha, hints);
        return alpha;
    }

    public float[] background(SubjectHints hints) {
        float[] a = subject(hints);
        for (int i = 0; i < a.length; i++) a[i] = 1 - a[i];
        return a;
    }

    public float[] sky() {
        boolean[] cut = SkyMask.segment(coarse(), work());
        if (cut == null) return new float[source.width() * source.height()];
        return refine(cut);
    }

    private WorkImage work() {
        if (work == null) work = WorkImage.of(source, WorkImage.pixelsFor(source.width(), source.height()));
        return work;
    }

    private WorkImage coarse() {
        if (coarse == null) coarse = WorkImage.of(source, Math.max(1, work().width * work().height / TwoLevelCut.COARSE_RATIO));
        return coarse;
    }

    private static boolean any(boolean[] b) {
        for (boolean v : b) if (v) return true;
        return false;
    }

    private float[] refine(boolean[] cut) {
        int w = source.width(), h = source.height();
        if (!any(cut)) return new float[w * h];
        // The window must reach past the cut's uncertainty (a working pixel or so each way) and
        // span a strand of hair at full size: 0.3% of the diagonal is ~4 px on a 1 MP image.
        // Measured on the composites, wider windows soften true edges more than they gain.
        double diag = Math.hypot(w, h);
        double radius = Math.max(1.5 / work().scale, 0.003 * diag);
        return MatteRefiner.refine(source, cut, work().width, work().height, radius);
    }

    /** Painted strokes are exact at full size: the user's word overrides the matte. */
    private static void applyScribbles(float[] alpha, SubjectHints hints) {
        float[] inc = hints.include(), exc = hints.exclude();
        if (inc != null) for (int i = 0; i < alpha.length; i++) alpha[i] = Math.max(alpha[i], clamp(inc[i]));
        if (exc != null) for (int i = 0; i < alpha.length; i++) alpha[i] = Math.min(alpha[i], 1 - clamp(exc[i]));
    }

    private static float clamp(float v) { return v <= 0 ? 0 : v >= 1 ? 1 : v; }

    private static Pyramid pyramid(FloatImage img) {
        if (img == null || img.width() < 1 || img.height() < 1) throw new IllegalArgumentException("empty image");
        return new Pyramid(img.bounds().x() == 0 && img.bounds().y() == 0 ? img : img.movedTo(0, 0));
    }
}
