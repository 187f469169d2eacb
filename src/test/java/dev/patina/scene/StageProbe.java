package dev.patina.scene;

import dev.patina.image.FloatImage;

public final class StageProbe {
    public static void main(String[] args) throws Exception {
        FloatImage img = dev.patina.cli.SceneBenchAccess.sized(new dev.patina.io.ImageDecoder().decode(java.nio.file.Path.of(args[0])).image(), Long.parseLong(args[1]));
        for (int rep = 0; rep < Integer.parseInt(args[2]); rep++) {
            long t0 = System.nanoTime();
            SceneMatte m = SceneMatte.of(img);
            m.subject(SubjectHints.none());
            m.sky();
            System.out.printf("%.0f ms%n", (System.nanoTime() - t0) / 1e6);
        }
    }
}
