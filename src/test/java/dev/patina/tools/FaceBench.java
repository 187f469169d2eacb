package dev.patina.tools;

import dev.patina.image.FloatImage;
import dev.patina.image.Resample;
import dev.patina.io.ImageDecoder;
import dev.patina.scene.Face;
import dev.patina.scene.FaceDetector;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/**
 * Times face detection on real pictures at about 1 MP and 24 MP, on 1 thread and on the common
 * pool, with an image copy of the same picture as the in-run baseline (DESIGN: report ratios).
 * Run after {@code mvn -o -q -DskipTests package && mvn -o -q test-compile}:
 * {@code java -cp target/test-classes:target/patina.jar dev.patina.tools.FaceBench [REPEAT]}
 */
public final class FaceBench {
    static final Path DATA = Path.of("/work/shared/data");

    public static void main(String[] args) throws Exception {
        int repeat = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        FaceDetector detector = new FaceDetector();
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {"flux_girl_in_field 1024x1024", load("ai-images/comfyui-examples/flux_girl_in_field.png")});
        cases.add(new Object[] {"irlgirl2 1408x1024", load("ai-images/dataset-tools/irlgirl2.png")});
        FloatImage coffee = load("photos/coffee.png");
        cases.add(new Object[] {"coffee (no face) 1224x816", upscale(coffee, 1224, 816)});
        cases.add(new Object[] {"ComfyUI_01803_ 3328x4864", load("ai-images/dataset-tools/ComfyUI_01803_.jpeg")});
        cases.add(new Object[] {"irlgirl2 upscaled 5760x4189", upscale(load("ai-images/dataset-tools/irlgirl2.png"), 5760, 4189)});
        System.out.printf(Locale.ROOT, "%d cores, median of %d; cpu = process CPU time per call%n",
            Runtime.getRuntime().availableProcessors(), repeat);
        System.out.printf(Locale.ROOT, "%-30s %6s %9s %9s %9s %9s  %s%n", "image", "MP", "copy ms", "1-thr ms", "pool ms", "pool cpu", "faces");
        ForkJoinPool single = new ForkJoinPool(1);
        for (Object[] c : cases) {
            FloatImage img = (FloatImage) c[1];
            for (int i = 0; i < 3; i++) detector.detect(img); // warm up the JIT
            double copy = median(repeat, () -> img.copy());
            double one = median(repeat, () -> single.submit(() -> detector.detect(img)).join());
            long cpu0 = cpu();
            double pool = median(repeat, () -> detector.detect(img));
            double cpu = (cpu() - cpu0) / 1e6 / repeat;
            List<Face> faces = detector.detect(img);
            System.out.printf(Locale.ROOT, "%-30s %6.1f %9.1f %9.1f %9.1f %9.1f  %d (%.1fx copy on the pool)%n", c[0],
                img.width() * (double) img.height() / 1e6, copy, one, pool, cpu, faces.size(), pool / copy);
        }
        single.shutdown();
    }

    static FloatImage load(String rel) throws Exception {
        return new ImageDecoder().decode(DATA.resolve(rel)).image();
    }

    /** Nearest-neighbour enlargement then an exact area resize: a big picture with the same content. */
    static FloatImage upscale(FloatImage src, int w, int h) {
        int f = (int) Math.ceil(Math.max(w / (double) src.width(), h / (double) src.height()));
        FloatImage big = new FloatImage(src.width() * f, src.height() * f);
        for (int c = 0; c < 3; c++) {
            float[] s = src.plane(c), d = big.plane(c);
            for (int y = 0; y < big.height(); y++) {
                for (int x = 0; x < big.width(); x++) d[y * big.width() + x] = s[(y / f) * src.width() + x / f];
            }
        }
        return Resample.area(big, w, h);
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static double median(int n, Runnable r) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            r.run();
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(t);
        return t[n / 2];
    }
}
