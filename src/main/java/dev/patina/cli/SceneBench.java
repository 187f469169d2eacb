package dev.patina.cli;

import dev.patina.image.FloatImage;
import dev.patina.doc.Mask;
import dev.patina.doc.SceneKind;
import dev.patina.image.Resample;
import dev.patina.io.ImageDecoder;
import dev.patina.scene.SceneMasks;
import dev.patina.scene.SceneMatte;
import dev.patina.scene.SubjectHints;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the scene masks (issue 10's budget: all scene masks of a 1 MP image in 300 ms at preview
 * scale, a 24 MP subject matte in 4 s), on a photograph given as argument (enlarged to 24 MP
 * bilinearly, so the matte has real edges to follow) or on the synthetic bench scene. Medians
 * after a warm-up, next to an image copy as the in-run baseline. The process CPU time is printed
 * too: on this shared machine other work stretches wall time, CPU time much less.
 *
 * <pre>java -cp target/patina.jar dev.patina.cli.SceneBench [IMAGE] [repeat]</pre>
 */
public final class SceneBench {
    private SceneBench() {}

    public static void main(String[] args) throws Exception {
        FloatImage photo = args.length > 0 ? new ImageDecoder().decode(Path.of(args[0])).image() : BenchImages.scene(1536, 1024);
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        FloatImage oneMp = sized(photo, 1_000_000), big = sized(photo, 24_000_000);
        System.out.printf(Locale.ROOT, "%d cores, load average %.1f, median of %d after a warm-up%n", Runtime.getRuntime().availableProcessors(),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), repeat);
        System.out.printf(Locale.ROOT, "%-26s %11s %10s %10s%n", "what", "size", "wall ms", "cpu ms");
        time("baseline: 1 MP copy", oneMp, repeat, oneMp::copy);
        time("subject 1 MP", oneMp, repeat, () -> SceneMatte.subject(oneMp, SubjectHints.none()));
        time("sky 1 MP", oneMp, repeat, () -> SceneMatte.sky(oneMp));
        time("subject + sky 1 MP", oneMp, repeat, () -> { SceneMatte m = SceneMatte.of(oneMp); m.subject(SubjectHints.none()); m.sky(); });
        int[] round = {0};
        time("all six masks 1 MP", oneMp, repeat, () -> allMasks(oneMp, ++round[0]));
        int bigRepeat = Math.max(1, repeat / 2);
        time("baseline: 24 MP copy", big, bigRepeat, big::copy);
        time("subject 24 MP", big, bigRepeat, () -> SceneMatte.subject(big, SubjectHints.none()));
        time("sky 24 MP", big, bigRepeat, () -> SceneMatte.sky(big));
        System.out.printf(Locale.ROOT, "load average now %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * Every scene kind over one picture, as the editor's Find menu asks for them: they share the
     * picture's analysis (faces, mattes). The picture differs by a trace in one pixel per round,
     * so each round starts cold rather than finding the last round's analysis.
     */
    private static void allMasks(FloatImage img, int round) {
        FloatImage fresh = img.copy();
        fresh.plane(0)[0] += round * 1e-6f;
        for (SceneKind kind : SceneKind.values()) SceneMasks.coverage(Mask.Scene.of(kind), fresh, 1.0);
    }

    private static void time(String what, FloatImage img, int repeat, Stopwatch.Work work) throws Exception {
        work.run();
        double[] wall = new double[repeat], cpu = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long c0 = cpuNanos(), t0 = System.nanoTime();
            work.run();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (cpuNanos() - c0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%-26s %5dx%-5d %10.1f %10.1f%n", what, img.width(), img.height(), median(wall), median(cpu));
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
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
