package dev.patina.ops.inpaint;

import dev.patina.image.FloatImage;
import dev.patina.tools.Png;

/** Tuning tool: blob and object holes on the bench photos; per-case and mean scores and time. */
public final class InpaintTune {
    public static void main(String[] a) throws Exception {
        String[][] photos = {
            {"chelsea.png", "0.72", "0.75"}, {"kodim15.png", "0.3", "0.75"},
            {"real-camera-exif_island_olympus.jpg", "0.55", "0.25"}, {"astronaut.png", "0.6", "0.55"},
            {"real-camera-exif_sunset_nikon-d90.png", "0.3", "0.3"}, {"coffee.png", "0.12", "0.6"}};
        double sr = a.length > 0 ? Double.parseDouble(a[0]) : 2;
        double shf = 0, slf = 0, sseam = 0, st = 0;
        int n = 0;
        for (String[] p : photos) {
            FloatImage truth = Png.read("../shared/data/photos/" + p[0]);
            int w = truth.width(), h = truth.height();
            double cx = Double.parseDouble(p[1]), cy = Double.parseDouble(p[2]);
            String[] kinds = {"blob2", "blob8", "object"};
            for (String k : kinds) {
                float[] hole = switch (k) {
                    case "blob2" -> InpaintHoles.blob(w, h, 0.02, cx, cy);
                    case "blob8" -> InpaintHoles.blob(w, h, 0.08, cx, cy);
                    default -> InpaintHoles.figure(w, h, cx, Math.min(0.98, cy + 0.25), 0.45);
                };
                FloatImage out = new FloatImage(w, h);
                long t0 = System.nanoTime();
                Inpainter.fill(truth, out, hole, null, new Inpainter.Settings(Inpainter.Method.PATCH, sr, 1), 1, () -> false);
                double ms = (System.nanoTime() - t0) / 1e6;
                InpaintMetrics.Scores s = InpaintMetrics.score(out, truth, hole);
                InpaintMetrics.Scores tr = InpaintMetrics.score(truth, truth, hole);
                System.out.printf("%-24.24s %-6s hf %5.2f (truth %5.2f) lf %6.2f seam %5.2f (truth %5.2f) %6.0f ms%n", p[0], k, s.hfRatio(), tr.hfRatio(), s.lfError(), s.seamRatio(), tr.seamRatio(), ms);
                shf += Math.abs(s.hfRatio() - 1); slf += s.lfError(); sseam += s.seamRatio(); st += ms; n++;
                if (a.length > 1) Png.write(out, "/tmp/tune-" + p[0].replaceAll("\\..*", "") + "-" + k + ".png");
            }
        }
        System.out.printf("MEAN |hf-1| %.3f lf %.3f seam %.3f time %.0f ms%n", shf / n, slf / n, sseam / n, st / n);
    }
}
