package dev.patina.ops.inpaint;

import dev.patina.image.FloatImage;
import dev.patina.tools.Png;

/** Look-at tool: the border hole on each photo, scores of the fill and of the truth itself. */
public final class InpaintBorderLook {
    public static void main(String[] a) throws Exception {
        for (String p : a) {
            FloatImage truth = Png.read("../shared/data/photos/" + p);
            float[] hole = InpaintHoles.borderBlob(truth.width(), truth.height(), 0.04);
            FloatImage out = new FloatImage(truth.width(), truth.height());
            Inpainter.fill(truth, out, hole, null, new Inpainter.Settings(Inpainter.Method.PATCH, 2, 3), 1, () -> false);
            InpaintMetrics.Scores s = InpaintMetrics.score(out, truth, hole), t = InpaintMetrics.score(truth, truth, hole);
            System.out.printf("%s fill hf %.2f lf %.2f seam %.2f | truth hf %.2f seam %.2f%n", p, s.hfRatio(), s.lfError(), s.seamRatio(), t.hfRatio(), t.seamRatio());
            Png.write(out, "/tmp/border-" + p.replaceAll("\\..*", "") + ".png");
        }
    }
}
