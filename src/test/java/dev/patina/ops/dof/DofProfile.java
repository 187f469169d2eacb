package dev.patina.ops.dof;

import dev.patina.ops.depth.DepthSources;
import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.io.FileResources;
import dev.patina.ops.RenderContext;
import dev.patina.ops.depth.DepthSource;
import dev.patina.tools.Png;

import java.nio.file.Path;

/** Where the time of a depth-of-field render goes (manual tool). */
public class DofProfile {
    public static void main(String[] a) throws Exception {
        FloatImage img = Png.read("/work/shared/data/depth/middlebury-aloe/aloeL.jpg");
        Params p = new DepthOfFieldOp().schema().defaults().with("depth", "depth/middlebury-aloe/aloeGT.png").with("nearDistance", 1.0)
            .with("farDistance", 3.0).with("zeroIsUnknown", true).with("focus", new dev.patina.doc.ImagePoint(0.62, 0.56)).with("fNumber", 2.0).with("focalLength", 85.0);
        DepthOfFieldKernel k = (DepthOfFieldKernel) new DepthOfFieldOp().prepare(p, new FileResources(Path.of("/work/shared/data")));
        RenderContext ctx = new RenderContext(img.width(), img.height(), 1, 0);
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            float[] q = DepthSources.dof(p, new FileResources(Path.of("/work/shared/data"))).inverseDistance(img, ctx);
            long t1 = System.nanoTime();
            float[] coc = k.cocMap(q, k.lens(q, img.width(), img.height(), ctx), ctx);
            float max = 0;
            double mean = 0;
            for (float c : coc) { max = Math.max(max, Math.abs(c)); mean += Math.abs(c) / coc.length; }
            long t2 = System.nanoTime();
            LayeredBokeh.render(img, coc, new Aperture(0), () -> false);
            long t3 = System.nanoTime();
            System.out.printf("depth %.0f ms, coc %.0f ms (max %.1f px, mean %.1f), bokeh %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, max, mean, (t3 - t2) / 1e6);
        }
    }
}
