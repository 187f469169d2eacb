package dev.patina.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Boykov-Kolmogorov max-flow against brute-force minimum cuts of small random graphs. */
class GrabCutMaxFlowTest {
    @Test
    void flowEqualsTheMinimumCutOnRandomGraphs() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + rnd.nextInt(10);
            float[] s = new float[n], t = new float[n];
            int m = rnd.nextInt(3 * n);
            int[] ei = new int[m], ej = new int[m];
            float[] cij = new float[m], cji = new float[m];
            MaxFlow g = new MaxFlow(n, m);
            for (int i = 0; i < n; i++) {
                s[i] = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(20);
                t[i] = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(20);
                g.addTerminal(i, s[i], t[i]);
            }
            for (int e = 0; e < m; e++) {
                ei[e] = rnd.nextInt(n);
                ej[e] = (ei[e] + 1 + rnd.nextInt(n - 1)) % n;
                cij[e] = rnd.nextInt(15);
                cji[e] = rnd.nextInt(15);
                g.addEdge(ei[e], ej[e], cij[e], cji[e]);
            }
            double flow = g.solve();
            double best = Double.MAX_VALUE;
            for (int mask = 0; mask < (1 << n); mask++) best = Math.min(best, cut(mask, s, t, ei, ej, cij, cji));
            assertEquals(best, flow, 1e-3, "trial " + trial);
            int found = 0;
            for (int i = 0; i < n; i++) if (g.sourceSide(i)) found |= 1 << i;
            assertEquals(best, cut(found, s, t, ei, ej, cij, cji), 1e-3, "the reported cut is minimal, trial " + trial);
        }
    }

    /** Cost of the cut where bit i of mask set means node i is on the source side. */
    private static double cut(int mask, float[] s, float[] t, int[] ei, int[] ej, float[] cij, float[] cji) {
        double c = 0;
        for (int i = 0; i < s.length; i++) c += ((mask >> i) & 1) == 1 ? t[i] : s[i];
        for (int e = 0; e < ei.length; e++) {
            boolean a = ((mask >> ei[e]) & 1) == 1, b = ((mask >> ej[e]) & 1) == 1;
            if (a && !b) c += cij[e];
            if (b && !a) c += cji[e];
        }
        return c;
    }

    @Test
    void aGridSplitsAlongTheWeakEdge() {
        int w = 40, h = 30, n = w * h;
        MaxFlow g = new MaxFlow(n, 2 * n);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int i = y * w + x;
            if (x == 0) g.addTerminal(i, 100, 0);
            if (x == w - 1) g.addTerminal(i, 0, 100);
            if (x + 1 < w) { float c = x == 25 ? 1 : 10; g.addEdge(i, i + 1, c, c); }
            if (y + 1 < h) g.addEdge(i, i + w, 10, 10);
        }
        assertEquals(h, g.solve(), 1e-3);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) assertEquals(x <= 25, g.sourceSide(y * w + x));
        assertTrue(g.sourceSide(0));
    }
}
