package dev.patina.scene;

import dev.patina.image.Pyramid;
import dev.patina.scene.MatteComposites.Composite;
import java.util.Locale;

public final class RefineProbe {
    public static void main(String[] args) {
        for (var a : SubjectMatteQualityTest.composites().toList()) {
            Object[] v = a.get();
            Composite c = SubjectMatteQualityTest.build((String) v[0], (String) v[1], (String) v[2]);
            Pyramid p = new Pyramid(c.image());
            WorkImage work = WorkImage.of(p, WorkImage.TARGET_PIXELS);
            byte[] t = SubjectSeeds.trimap(work, SubjectHints.none(), c.w(), c.h());
            boolean[] cut = TwoLevelCut.segment(p, work, t, 5, 2);
            boolean[] band = MatteComposites.band(c.truth(), c.w(), c.h(), 3);
            float[] cf = new float[cut.length];
            for (int i = 0; i < cf.length; i++) cf[i] = cut[i] ? 1 : 0;
            float[] up = dev.patina.ops.depth.GridResize.resize(cf, work.width, work.height, c.w(), c.h());
            System.out.printf(Locale.ROOT, "%s: cut IoU %.3f band %.4f%n", c.name(), MatteComposites.iou(up, c.truth()), MatteComposites.bandError(up, c.truth(), band));
            for (double r : new double[] {2, 4, 8}) for (float eps : new float[] {1e-5f, 1e-4f, 1e-3f, 1e-2f}) {
                float[] al = MatteRefiner.refine(p, cut, work.width, work.height, r, eps);
                System.out.printf(Locale.ROOT, "   r %.0f eps %.0e: IoU %.3f band %.4f%n", r, eps, MatteComposites.iou(al, c.truth()), MatteComposites.bandError(al, c.truth(), band));
            }
        }
    }
}
