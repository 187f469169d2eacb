package dev.patina.ops.relight;

import dev.patina.image.FloatImage;
import dev.patina.ops.depth.DepthScenes;
import dev.patina.tools.Png;

/** Writes the relight test sphere (frontal, relit, ground truth) to /tmp/depth-out (manual tool). */
public class SphereLook {
    public static void main(String[] a) throws Exception {
        RelightTest.Sphere sp = new RelightTest.Sphere();
        double el = Math.toRadians(30);
        FloatImage frontal = sp.lit(0, 0, 1), truth = sp.lit(-Math.cos(el), 0, Math.sin(el));
        FloatImage out = RelightTest.render(frontal, RelightTest.sideLight(), DepthScenes.serving(sp.depthMap()), 4096);
        Png.write(frontal, "/tmp/depth-out/sphere-frontal.png");
        Png.write(truth, "/tmp/depth-out/sphere-truth.png");
        Png.write(out, "/tmp/depth-out/sphere-relit.png");
    }
}
