package dev.patina.scene;

import dev.patina.doc.Mask;
import dev.patina.doc.MaskRaster;
import dev.patina.doc.SceneKind;
import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import dev.patina.image.Srgb;

import java.util.ArrayList;
import java.util.List;

/**
 * A scene mask's coverage in a picture (the whole image at some render scale): the subject and
 * background by a graph cut seeded from the faces ({@link SceneMatte}), the sky, faces and eyes
 * from the face detector, skin by a colour model calibrated on the faces found. Then the user's
 * strokes (include wins where painted, exclude over it), expand and feather, in full-size pixels
 * scaled to the picture. Pure: the same picture and mask give the same coverage.
 */
public final class SceneMasks {
    private SceneMasks() {}

    /** Coverage 0..1 (before the mask's inversion) of {@code mask} in {@code picture}, rendered at {@code scale}. */
    public static float[] coverage(Mask.Scene mask, FloatImage picture, double scale) {
        FloatImage img = picture.bounds().x() == 0 && picture.bounds().y() == 0 ? picture : picture.movedTo(0, 0);
        int w = img.width(), h = img.height();
        float[] include = strokes(mask.include(), w, h), exclude = strokes(mask.exclude(), w, h);
        SceneAnalysis scene = SceneAnalysis.of(img);
        List<Face> faces = needsFaces(mask.kind()) ? scene.faces() : List.of();
        float[] a = switch (mask.kind()) {
            case SUBJECT, BACKGROUND -> person(scene, mask, faces, include, exclude);
            case SKY -> scene.sky();
            case FACE -> FaceMasks.faces(faces, w, h);
            case EYES -> FaceMasks.eyes(faces, w, h);
            case SKIN -> skin(img, scene, faces, mask, include, exclude);
        };
        if (mask.kind() == SceneKind.BACKGROUND) for (int i = 0; i < a.length; i++) a[i] = 1 - a[i];
        // The subject's strokes already went into its cut; the others take them here.
        if (mask.kind() != SceneKind.SUBJECT && mask.kind() != SceneKind.BACKGROUND) applyStrokes(a, include, exclude);
        int grow = (int) Math.round(mask.expand() * scale);
        if (grow != 0) a = MatteOps.expand(a, w, h, grow);
        if (mask.feather() * scale >= 0.5) a = MatteOps.feather(a, w, h, mask.feather() * scale);
        return a;
    }

    private static boolean needsFaces(SceneKind kind) {
        return kind != SceneKind.SKY;
    }

    /** The person's (or salient object's) matte under the mask's hints and strokes. */
    private static float[] person(SceneAnalysis scene, Mask.Scene mask, List<Face> faces, float[] include, float[] exclude) {
        return scene.subject(new HintKey(mask.hint(), mask.include(), mask.exclude()), () -> hints(mask, faces, include, exclude));
    }

    /** What the subject's hints are made of (the faces are the picture's own). */
    private record HintKey(Object box, MaskRaster include, MaskRaster exclude) {}

    private static SubjectHints hints(Mask.Scene mask, List<Face> faces, float[] include, float[] exclude) {
        List<Rect> boxes = new ArrayList<>();
        for (Face f : faces) boxes.add(f.box());
        SubjectHints hints = new SubjectHints(boxes, null, include, exclude);
        if (mask.hint() != null) hints = hints.withBox(mask.hint().x0(), mask.hint().y0(), mask.hint().x1(), mask.hint().y1());
        return hints;
    }

    /** A stroke raster (full size) sampled at the picture's size as a painted mask is, or null when nothing is painted. */
    private static float[] strokes(MaskRaster r, int w, int h) {
        if (r == null) return null;
        float[] out = new float[w * h];
        new Mask.Painted(r, false).sample(Rect.of(w, h), w / (double) r.width(), r.width(), r.height(), out);
        for (float v : out) if (v > 0) return out;
        return null;
    }

    private static void applyStrokes(float[] a, float[] include, float[] exclude) {
        if (include != null) for (int i = 0; i < a.length; i++) a[i] = Math.max(a[i], include[i]);
        if (exclude != null) for (int i = 0; i < a.length; i++) a[i] = Math.min(a[i], 1 - exclude[i]);
    }

    /**
     * Skin: how close each pixel's colour is to the skin of the faces found (their central
     * region's CIELAB mean and spread), kept to the person (the subject's matte) so wood, sand and
     * orange fabric elsewhere stay out; with no face, the generic skin-colour wedge.
     */
    static float[] skin(FloatImage img, SceneAnalysis scene, List<Face> faces, Mask.Scene mask, float[] include, float[] exclude) {
        int w = img.width(), h = img.height();
        float[] r = img.plane(0), g = img.plane(1), b = img.plane(2);
        float[] out = new float[w * h];
        if (faces.isEmpty()) {
            for (int i = 0; i < out.length; i++) out[i] = SkinLikelihood.of(Srgb.encode(r[i]), Srgb.encode(g[i]), Srgb.encode(b[i]));
            return out;
        }
        FaceSkin model = FaceSkin.of(img, faces);
        for (int i = 0; i < out.length; i++) out[i] = model.membership(r[i], g[i], b[i]);
        float[] person = person(scene, mask, faces, include, exclude);
        for (int i = 0; i < out.length; i++) out[i] *= person[i];
        return out;
    }
}
