package dev.patina.scene;

import dev.patina.scene.MatteComposites.Composite;
import java.util.Locale;

public final class EdgeProbe {
    public static void main(String[] args) throws Exception {
        int which = Integer.parseInt(args[0]);
        Object[] v = SubjectMatteQualityTest.composites().toList().get(which).get();
        Composite c = SubjectMatteQualityTest.build((String) v[0], (String) v[1], (String) v[2]);
        float[] al = SceneMatte.subject(c.image(), SubjectHints.none());
        boolean[] band = MatteComposites.band(c.truth(), c.w(), c.h(), 3);
        // Error by truth value bucket
        double[] s = new double[5], n = new double[5];
        for (int i = 0; i < al.length; i++) if (band[i]) {
            int b = Math.min(4, (int) (c.truth()[i] * 5));
            s[b] += al[i] - c.truth()[i]; n[b]++;
        }
        for (int b = 0; b < 5; b++) System.out.printf(Locale.ROOT, "truth %.1f-%.1f: n %6.0f mean signed err %+.3f%n", b / 5.0, (b + 1) / 5.0, n[b], s[b] / n[b]);
        // row profile across the left edge of the body at y = 0.8 h
        int y = (int) (0.8 * c.h());
        StringBuilder sb = new StringBuilder();
        for (int x = (int) (0.22 * c.w()) - 8; x < (int) (0.22 * c.w()) + 8; x++) sb.append(String.format(Locale.ROOT, "%.2f/%.2f ", c.truth()[y * c.w() + x], al[y * c.w() + x]));
        System.out.println(sb);
        // error map
        float[] e = new float[al.length];
        for (int i = 0; i < e.length; i++) e[i] = band[i] ? Math.abs(al[i] - c.truth()[i]) : 0;
        dev.patina.tools.Png.write(MatteLook.strip(c.image(), e, al), "/tmp/matte/e" + which + ".png");
    }
}
