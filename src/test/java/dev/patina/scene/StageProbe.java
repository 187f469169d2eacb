package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;

public final class StageProbe {
    public static void main(String[] args) throws Exception {
        FloatImage img = dev.patina.cli.SceneBenchAccess.sized(dev.patina.testing.Pngs.read(java.nio.file.Path.of(args[0])), Long.parseLong(args[1]));
        for (int rep = 0; rep < 4; rep++) {
            long t0 = System.nanoTime();
            Pyramid p = new Pyramid(img);
            WorkImage work = WorkImage.of(p, WorkImage.TARGET_PIXELS);
            long t1 = System.nanoTime();
            SubjectSeeds.Seeds s = SubjectSeeds.seeds(work, SubjectHints.none(), img.width(), img.height());
            long t2 = System.nanoTime();
            WorkImage coarse = WorkImage.of(p, work.width * work.height / 4);
            byte[] ct = TwoLevelCut.nearest(s.trimap(), work.width, work.height, coarse.width, coarse.height);
            long t3 = System.nanoTime();
            boolean[] cc = GrabCut.segment(coarse.c, coarse.width, coarse.height, ct, 5, null);
            long t4 = System.nanoTime();
            boolean[] cut = TwoLevelCut.segment(p, work, s, 5, 2);
            long t5 = System.nanoTime();
            float[] a = SceneMatte.refine(p, cut, work);
            long t6 = System.nanoTime();
            System.out.printf("work %.0f seeds %.0f coarseprep %.0f coarsecut %.0f twolevel %.0f refine %.0f%n", (t1-t0)/1e6, (t2-t1)/1e6, (t3-t2)/1e6, (t4-t3)/1e6, (t5-t4)/1e6, (t6-t5)/1e6);
        }
    }
}
