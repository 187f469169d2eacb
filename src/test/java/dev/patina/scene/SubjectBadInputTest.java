package dev.patina.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hints and images that make no sense give an empty mask or a clear message, never a crash. */
class SubjectBadInputTest {
    /** A 240x160 picture with a red disc in the middle of a textured green ground. */
    static FloatImage disc() {
        int w = 240, h = 160;
        FloatImage img = new FloatImage(w, h);
        java.util.Random rnd = new java.util.Random(5);
        for (int i = 0; i < w * h; i++) {
            int x = i % w, y = i / w;
            boolean in = Math.hypot(x - 120, y - 85) < 40;
            float n = (float) rnd.nextGaussian() * 0.015f;
            img.plane(0)[i] = in ? 0.6f + n : 0.05f + n;
            img.plane(1)[i] = in ? 0.08f + n : 0.25f + n;
            img.plane(2)[i] = in ? 0.05f + n : 0.06f + n;
        }
        return img;
    }

    static double mean(float[] a) {
        double s = 0;
        for (float v : a) s += v;
        return s / a.length;
    }

    @Test
    void theDiscIsFoundWithoutHints() {
        float[] a = SceneMatte.subject(disc(), SubjectHints.none());
        assertTrue(a[85 * 240 + 120] > 0.99f && a[5 * 240 + 5] < 0.01f);
        assertEquals(Math.PI * 40 * 40 / (240 * 160), mean(a), 0.01);
    }

    @Test
    void aHintBoxOutsideTheImageGivesAnEmptyMask() {
        FloatImage img = disc();
        SubjectHints h = SubjectHints.none().withBox(1.2, 1.3, 1.8, 1.9);
        assertTrue(h.boxIsOutside(240, 160));
        assertEquals(0, mean(SceneMatte.subject(img, h)));
        assertEquals(1, mean(SceneMatte.background(img, h)));
    }

    @Test
    void aHintBoxPartlyOutsideIsClippedAndReversedCornersAreFine() {
        float[] a = SceneMatte.subject(disc(), SubjectHints.none().withBox(0.9, 0.95, 0.2, -0.5));
        assertTrue(a[85 * 240 + 120] > 0.99f, "the disc is inside the clipped box");
        assertTrue(a[5 * 240 + 230] < 0.01f);
    }

    @Test
    void anEmptyScribbleChangesNothing() {
        FloatImage img = disc();
        float[] none = SceneMatte.subject(img, SubjectHints.none());
        float[] blank = SceneMatte.subject(img, SubjectHints.none().withScribbles(new float[240 * 160], new float[240 * 160]));
        assertArrayEquals(none, blank);
    }

    @Test
    void scribblesAreObeyed() {
        FloatImage img = disc();
        float[] inc = new float[240 * 160], exc = new float[240 * 160];
        for (int y = 20; y < 40; y++) for (int x = 20; x < 40; x++) inc[y * 240 + x] = 1;   // a patch of ground
        for (int y = 80; y < 90; y++) for (int x = 115; x < 125; x++) exc[y * 240 + x] = 1; // a hole in the disc
        float[] a = SceneMatte.subject(img, SubjectHints.none().withScribbles(inc, exc));
        assertEquals(1f, a[30 * 240 + 30]);
        assertEquals(0f, a[85 * 240 + 120]);
        assertTrue(a[100 * 240 + 120] > 0.99f, "the rest of the disc stays");
    }

    @Test
    void aScribbleOfTheWrongSizeIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SceneMatte.subject(disc(), SubjectHints.none().withScribbles(new float[10], null)));
        assertTrue(e.getMessage().contains("include scribble has 10 values"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SubjectHints.none().withBox(0, Double.NaN, 1, 1));
    }

    @Test
    void aFlatImageHasNoSubjectAndNoCrash() {
        FloatImage flat = new FloatImage(200, 150);
        flat.fill(0.3f, 0.3f, 0.3f);
        assertEquals(0, mean(SceneMatte.subject(flat, SubjectHints.none())));
        assertEquals(0, mean(SceneMatte.sky(new FloatImage(200, 150))), "black: no sky");
    }

    @Test
    void tinyAndOddImagesDoNotCrash() {
        for (int[] s : new int[][] {{1, 1}, {2, 1}, {1, 7}, {3, 2}, {17, 5}, {640, 3}}) {
            FloatImage img = new FloatImage(s[0], s[1]);
            java.util.Random r = new java.util.Random(s[0] * 31 + s[1]);
            for (int c = 0; c < 3; c++) for (int i = 0; i < img.plane(c).length; i++) img.plane(c)[i] = r.nextFloat();
            assertEquals(s[0] * s[1], SceneMatte.subject(img, SubjectHints.none()).length);
            assertEquals(s[0] * s[1], SceneMatte.subject(img, SubjectHints.none().withBox(0.2, 0.2, 0.8, 0.8)).length);
            assertEquals(s[0] * s[1], SceneMatte.sky(img).length);
            assertEquals(s[0] * s[1], SceneMatte.subject(img, SubjectHints.none().withFaces(List.of(new Rect(0, 0, 1, 1)))).length);
        }
    }

    @Test
    void facesOutsideTheImageAreIgnored() {
        FloatImage img = disc();
        float[] a = SceneMatte.subject(img, SubjectHints.none().withFaces(List.of(new Rect(500, 500, 40, 40), new Rect(-90, -90, 20, 20))));
        assertArrayEquals(SceneMatte.subject(img, SubjectHints.none()), a, "no face inside: as if none were given");
    }

    @Test
    void expandAndFeather() {
        int w = 50, h = 40;
        float[] a = new float[w * h];
        for (int y = 10; y < 30; y++) for (int x = 10; x < 40; x++) a[y * w + x] = 1;
        float[] grown = MatteOps.expand(a, w, h, 3), shrunk = MatteOps.expand(a, w, h, -3);
        assertEquals(1f, grown[7 * w + 7]);
        assertEquals(0f, grown[6 * w + 7]);
        assertEquals(0f, shrunk[12 * w + 12]);
        assertEquals(1f, shrunk[13 * w + 13]);
        float[] soft = MatteOps.feather(a, w, h, 2);
        assertEquals(mean(a), mean(soft), 1e-3);
        assertTrue(soft[20 * w + 10] > 0.3f && soft[20 * w + 10] < 0.7f, "the edge is half");
        assertThrows(IllegalArgumentException.class, () -> MatteOps.expand(new float[3], w, h, 1));
    }
}
