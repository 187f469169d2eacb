package dev.patina.ops.inpaint;

import dev.patina.image.FloatImage;
import dev.patina.tools.Png;

/** Look-at tool: fills synthetic holes in a photo, prints the scores and time, writes PNGs to /tmp. */
public final class InpaintLook {
    public static void main(String[] a) throws Exception {
        String path = a.length > 0 ? a[0] : "../shared/data/photos/kodim23.png";
        String kind = a.length > 1 ? a[1] : "blob";
        String method = a.length > 2 ? a[2] : "auto";
        FloatImage truth = Png.read(path);
        int w = truth.width(), h = truth.height();
        float[] hole = switch (kind) {
            case "blob" -> InpaintHoles.blob(w, h, a.length > 4 ? Double.parseDouble(a[5]) : 0.05,
                a.length > 4 ? Double.parseDouble(a[3]) : 0.45, a.length > 4 ? Double.parseDouble(a[4]) : 0.55);
            case "scratch" -> InpaintHoles.scratches(w, h, 6, 5, 7);
            case "figure" -> InpaintHoles.figure(w, h, 0.6, 0.9, 0.5);
            case "border" -> InpaintHoles.borderBlob(w, h, 0.04);
            default -> throw new IllegalArgumentException(kind);
        };
        Inpainter.Settings s = new Inpainter.Settings(Inpainter.Method.valueOf(method.toUpperCase()), 2, 1);
        FloatImage out = new FloatImage(w, h);
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            Inpainter.fill(truth, out, hole, null, s, 1, () -> false);
            System.out.printf("fill %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        }
        InpaintMetrics.Scores sc = InpaintMetrics.score(out, truth, hole);
        System.out.printf("%s %s hole %.1f%%: hf %.2f lf %.2f seam %.2f outside %d%n", path, kind,
            100 * InpaintHoles.fraction(hole), sc.hfRatio(), sc.lfError(), sc.seamRatio(), InpaintMetrics.maxChangeOutside(truth, out, hole));
        Png.write(out, "/tmp/inpaint-look-" + kind + ".png");
    }
}
