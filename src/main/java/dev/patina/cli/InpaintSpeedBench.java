package dev.patina.cli;

import dev.patina.image.FloatImage;
import dev.patina.image.Resample;
import dev.patina.io.ImageDecoder;
import dev.patina.ops.inpaint.Inpainter;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Speed of the inpaint fill itself (no decoding or encoding): a round 0.5 MP hole in a 24 MP
 * picture (a photo scaled up to 6000x4000), and a 5 % hole in a 1 MP preview of it, median of a few
 * runs, next to a baseline (one copy of the picture) timed in the same run. Used by
 * src/bench/inpaint-compare.sh; run alone as
 * {@code java -cp target/patina.jar dev.patina.cli.InpaintSpeedBench PHOTO [repeat]}.
 */
public final class InpaintSpeedBench {
    private InpaintSpeedBench() {}

    public static void main(String[] args) throws Exception {
        Path photo = Path.of(args[0]);
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        FloatImage src = new ImageDecoder().decode(photo).image();
        FloatImage big = Resample.area(upscale(src, 6000, 4000), 6000, 4000);
        report("24 MP, 0.5 MP hole", big, blob(big.width(), big.height(), 500_000), repeat);
        FloatImage preview = Resample.area(src, 1224, 816);
        report("1 MP preview, 5 % hole", preview, blob(preview.width(), preview.height(), 0.05 * 1224 * 816), repeat);
    }

    private static void report(String label, FloatImage img, float[] hole, int repeat) {
        FloatImage out = new FloatImage(img.width(), img.height());
        double[] ms = new double[repeat];
        double[] base = new double[repeat];
        Inpainter.Settings s = new Inpainter.Settings(Inpainter.Method.AUTO, 2, 0);
        Inpainter.fill(img, out, hole, null, s, 1, () -> false); // warm-up
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            img.copy();
            base[i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            Inpainter.fill(img, out, hole, null, s, 1, () -> false);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(base);
        int n = 0;
        for (float v : hole) if (v > 0.5f) n++;
        System.out.printf(Locale.ROOT, "%-24s %dx%d, hole %.2f MP: fill %.0f ms median (best %.0f), x%.1f of a picture copy (%.0f ms), %d cores%n",
            label, img.width(), img.height(), n / 1e6, ms[repeat / 2], ms[0], ms[repeat / 2] / base[repeat / 2], base[repeat / 2],
            Runtime.getRuntime().availableProcessors());
    }

    /** A round hole of about {@code area} pixels a little off the centre. */
    static float[] blob(int w, int h, double area) {
        double r = Math.sqrt(area / Math.PI), cx = 0.45 * w, cy = 0.55 * h;
        float[] m = new float[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            double dx = x + 0.5 - cx, dy = y + 0.5 - cy;
            if (dx * dx + dy * dy <= r * r) m[y * w + x] = 1;
        }
        return m;
    }

    /** Bilinear enlargement (the bench wants a big picture with the photo's texture). */
    static FloatImage upscale(FloatImage s, int w, int h) {
        FloatImage out = new FloatImage(w, h);
        double sx = s.width() / (double) w, sy = s.height() / (double) h;
        for (int c = 0; c < 3; c++) {
            float[] p = s.plane(c), d = out.plane(c);
            for (int y = 0; y < h; y++) {
                double fy = Math.max(0, Math.min(s.height() - 1, (y + 0.5) * sy - 0.5));
                int y0 = (int) fy, y1 = Math.min(s.height() - 1, y0 + 1);
                float ty = (float) (fy - y0);
                for (int x = 0; x < w; x++) {
                    double fx = Math.max(0, Math.min(s.width() - 1, (x + 0.5) * sx - 0.5));
                    int x0 = (int) fx, x1 = Math.min(s.width() - 1, x0 + 1);
                    float tx = (float) (fx - x0);
                    float a = p[y0 * s.width() + x0] + (p[y0 * s.width() + x1] - p[y0 * s.width() + x0]) * tx;
                    float b = p[y1 * s.width() + x0] + (p[y1 * s.width() + x1] - p[y1 * s.width() + x0]) * tx;
                    d[y * w + x] = a + (b - a) * ty;
                }
            }
        }
        return out;
    }
}
