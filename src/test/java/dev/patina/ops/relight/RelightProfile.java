package dev.patina.ops.relight;

import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.io.FileResources;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;
import dev.patina.tools.Png;

import java.nio.file.Path;

/** Relight cost with a depth map, with and without cast shadows (manual tool). */
public class RelightProfile {
    public static void main(String[] a) throws Exception {
        FloatImage img = Png.read("/work/shared/data/depth/middlebury-aloe/aloeL.jpg");
        Params p = new RelightOp().schema().defaults().with("depth", "depth/middlebury-aloe/aloeGT.png").with("nearDistance", 1.0)
            .with("farDistance", 3.0).with("zeroIsUnknown", true);
        FileResources res = new FileResources(Path.of("/work/shared/data"));
        RenderContext ctx = new RenderContext(img.width(), img.height(), 1, 0);
        double mp = img.width() * (double) img.height() / 1e6;
        for (double shadows : new double[] {0, 0.6, 0, 0.6, 0, 0.6}) {
            OpKernel k = new RelightOp().prepare(p.with("shadows", shadows), res);
            long t0 = System.nanoTime();
            k.apply(img, new FloatImage(img.bounds()), ctx);
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf("shadows %.1f: %.0f ms (%.0f ms/MP)%n", shadows, ms, ms / mp);
        }
    }
}
