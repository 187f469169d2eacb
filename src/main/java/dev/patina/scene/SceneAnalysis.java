package dev.patina.scene;

import dev.patina.image.FloatImage;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the scene masks of one picture share: its faces, its reduced copies and the subject and
 * sky mattes already found. The editor asks for several kinds over the same picture (the Find
 * menu, skin needing the person's matte, subject and background), and each would otherwise run
 * face detection and the graph cut again. Results are returned as copies, since callers refine
 * them in place.
 *
 * <p>Recent analyses are kept by the picture's content digest, so a picture assembled afresh
 * from the same pixels finds them; only pictures of preview size are kept, as a full-size
 * analysis holds hundreds of megabytes and an export asks for each mask once.
 */
final class SceneAnalysis {
    /** Pictures up to this many pixels are remembered (a preview of a 24 MP image is about 2 MP). */
    static final long REMEMBERED_PIXELS = 4_000_000;
    private static final int REMEMBERED = 3;
    private static final Map<Key, SceneAnalysis> RECENT = new LinkedHashMap<>(8, 0.75f, true);

    private final FloatImage picture;
    private SceneMatte matte;
    private List<Face> faces;
    private float[] sky;
    private final Map<Object, float[]> subjects = new HashMap<>();

    private SceneAnalysis(FloatImage picture) {
        this.picture = picture;
    }

    private SceneMatte matte() {
        if (matte == null) matte = SceneMatte.of(picture);
        return matte;
    }

    /** The analysis of {@code picture} (placed at 0,0), a remembered one when the same pixels were analysed lately. */
    static SceneAnalysis of(FloatImage picture) {
        if ((long) picture.width() * picture.height() > REMEMBERED_PIXELS) return new SceneAnalysis(picture);
        Key key = new Key(picture.width(), picture.height(), digest(picture));
        synchronized (RECENT) {
            SceneAnalysis a = RECENT.get(key);
            if (a != null) return a;
            a = new SceneAnalysis(picture);
            RECENT.put(key, a);
            if (RECENT.size() > REMEMBERED) RECENT.remove(RECENT.keySet().iterator().next());
            return a;
        }
    }

    synchronized List<Face> faces() {
        if (faces == null) faces = List.copyOf(new FaceDetector().detect(picture));
        return faces;
    }

    /** The subject's alpha for the hints {@code hints} makes; {@code key} identifies those hints (equal keys, equal hints). */
    synchronized float[] subject(Object key, Supplier<SubjectHints> hints) {
        float[] a = subjects.get(key);
        if (a == null) {
            a = matte().subject(hints.get());
            if (subjects.size() >= 4) subjects.clear();
            subjects.put(key, a);
        }
        return a.clone();
    }

    synchronized float[] sky() {
        if (sky == null) sky = matte().sky();
        return sky.clone();
    }

    /** A 64-bit digest of the pixels; a collision would need two pictures of one size agreeing in it. */
    static long digest(FloatImage img) {
        long h = 0x9E3779B97F4A7C15L ^ ((long) img.width() << 32 | img.height());
        for (int c = 0; c < 3; c++) {
            float[] p = img.plane(c);
            for (float v : p) {
                h = (h ^ Float.floatToRawIntBits(v)) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 29;
            }
        }
        return h;
    }

    private record Key(int width, int height, long digest) {}
}
