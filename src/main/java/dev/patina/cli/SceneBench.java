package dev.patina.cli;

import dev.patina.image.FloatImage;
import dev.patina.image.Resample;
import dev.patina.io.ImageDecoder;
import dev.patina.image.Resample;
import dev.patina.scene.SceneMatte;
import dev.patina.scene.SubjectHints;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times the scene masks (issue 10's budget: all scene masks of a 1 MP image in 300 ms at preview
 * scale, a 24 MP subject matte in 4 s), on a photograph given as argument (enlarged to 24 MP
 * bilinearly, so the matte has real edges to follow) or on the synthetic bench scene. The median
 * of a few runs after a warm-up, next to an image copy as the in-run baseline.
 *
 * <pre>java -cp target/patina.jar dev.patina.cli.SceneBench [IMAGE] [repeat]</pre>
 */
public final class SceneBench {
    private SceneBench() {}

    public static void main(String[] args) throws Exception {
        FloatImage photo = args.length > 0 ? new ImageDecoder().decode(Path.of(args[0])).image() : BenchImages.scene(1536, 1024);
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        FloatImage oneMp = sized(photo, 1_000_000), big = sized(photo, 24_000_000);
        System.out.printf(Locale.ROOT, "%d cores, median of %d after a warm-up%n", Runtime.getRuntime().availableProcessors(), repeat);
        for (int i = 0; i < 2; i++) { SceneMatte.subject(oneMp, SubjectHints.none()); SceneMatte.sky(oneMp); }
        report("baseline: 1 MP copy", oneMp, Stopwatch.medianMillis(repeat, oneMp::copy));
        double subj = Stopwatch.medianMillis(repeat, () -> SceneMatte.subject(oneMp, SubjectHints.none()));
        double sky = Stopwatch.medianMillis(repeat, () -> SceneMatte.sky(oneMp));
        report("subject 1 MP", oneMp, subj);
        report("sky 1 MP", oneMp, sky);
        report("subject + sky 1 MP", oneMp, subj + sky);
        report("baseline: 24 MP copy", big, Stopwatch.medianMillis(repeat, big::copy));
        report("subject 24 MP", big, Stopwatch.medianMillis(repeat, () -> SceneMatte.subject(big, SubjectHints.none())));
        report("sky 24 MP", big, Stopwatch.medianMillis(repeat, () -> SceneMatte.sky(big)));
    }

    private static void report(String what, FloatImage img, double ms) {
        System.out.printf(Locale.ROOT, "%-22s %5dx%-5d %9.1f ms%n", what, img.width(), img.height(), ms);
    }

    /** The photo resized to about {@code pixels}, keeping its aspect. */
    static FloatImage sized(FloatImage src, long pixels) {
        double s = Math.sqrt(pixels / ((double) src.width() * src.height()));
        int w = Math.max(1, (int) Math.round(src.width() * s)), h = Math.max(1, (int) Math.round(src.height() * s));
        if (s <= 1) {
            FloatImage b = src;
            while (b.width() / 2 >= w && b.height() / 2 >= h) b = Resample.half(b);
            return Resample.area(b, w, h);
        }
        FloatImage out = new FloatImage(w, h);
        for (int c = 0; c < 3; c++) System.arraycopy(Resample.plane(src.plane(c), src.width(), src.height(), w, h, Resample.Filter.TENT), 0, out.plane(c), 0, w * h);
        return out;
    }
}
