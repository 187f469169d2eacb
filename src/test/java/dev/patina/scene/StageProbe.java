package dev.patina.scene;

import dev.patina.image.FloatImage;

public final class StageProbe {
    public static void main(String[] args) throws Exception {
        FloatImage img = dev.patina.cli.SceneBenchAccess.sized(dev.patina.testing.Pngs.read(java.nio.file.Path.of(args[0])), Long.parseLong(args[1]));
        for (int rep = 0; rep < Integer.parseInt(args[2]); rep++) {
            long t0 = System.nanoTime();
            float[] a = SceneMatte.subject(img, SubjectHints.none());
            long t1 = System.nanoTime();
            float[] s = SceneMatte.sky(img);
            double ma = 0, ms = 0;
            for (float v : a) ma += v;
            for (float v : s) ms += v;
            System.out.printf("%dx%d subject %.0f ms mean %.3f, sky %.0f ms mean %.3f%n", img.width(), img.height(), (t1 - t0) / 1e6, ma / a.length, (System.nanoTime() - t1) / 1e6, ms / s.length);
        }
    }
}
