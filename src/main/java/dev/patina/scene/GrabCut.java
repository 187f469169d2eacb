package dev.patina.scene;

import java.util.stream.IntStream;

/**
 * GrabCut (Rother, Kolmogorov and Blake 2004): a foreground and a background colour mixture, and a
 * minimum graph cut of data costs (-log of each mixture's density) plus an 8-neighbour contrast
 * term gamma/dist * exp(-beta |z_m - z_n|²) (here on 4 neighbours, see {@link #LINKS}), iterated: assign mixture components, refit the
 * mixtures, cut again. Runs on the reduced working image; the caller refines the edge at full size.
 */
final class GrabCut {
    /** Smoothness weight from the paper (colours in 0..1 or 0..255 alike, since beta normalises). */
    static final float GAMMA = 50f;

    /**
     * Each pixel links to its right and lower neighbours only (4-connected): max-flow ran three
     * times faster than with the paper's 8 neighbours, and the full-size refinement redraws the
     * edge anyway. The weights grow to keep the smoothness of a straight edge per unit length
     * (8 neighbours cut 1 + 2/√2 links per pixel of a vertical edge, 4 neighbours one).
     */
    static final int LINKS = 2;
    static final double FOUR_SCALE = 1 + Math.sqrt(2);

    private GrabCut() {}

    /**
     * Segments a w x h image of sRGB-encoded colours c[3][w*h] under trimap t (values of
     * {@link Trimap}), updating the unknown pixels of {@code t} in place to PROBABLY_FG or
     * PROBABLY_BG; returns whether each pixel is foreground.
     */
    static boolean[] segment(float[][] c, int w, int h, byte[] t, int iterations) {
        return segment(c, w, h, t, iterations, null, true);
    }

    /**
     * As above, with {@code bias} (nullable) added to each undecided pixel's data term (positive:
     * foreground); see {@link SubjectSeeds.Seeds} for the background model's start.
     */
    static boolean[] segment(float[][] c, int w, int h, byte[] t, int iterations, float[] bias, boolean certainBackgroundModel) {
        int n = w * h;
        boolean[] fg = new boolean[n];
        int nf = 0;
        for (int i = 0; i < n; i++) if (fg[i] = Trimap.isForeground(t[i])) nf++;
        if (nf == 0 || nf == n) return fg; // nothing to separate: the seeds already decide everything

        float[][] edges = contrastWeights(c, w, h);
        MaxFlow g = new MaxFlow(n, 4 * n);
        int[] edgeArc = buildGrid(g, w, h);
        float hard = hardCapacity(edges);

        ColourGmm fgModel = new ColourGmm(ColourGmm.K), bgModel = new ColourGmm(ColourGmm.K);
        // The first background model learns only from certain background when there is enough of
        // it: the probable band next to the seeds often holds the subject's own colours.
        boolean[] initFg = fg;
        int hardBg = 0;
        for (byte v : t) if (v == Trimap.BG) hardBg++;
        if (certainBackgroundModel && hardBg >= Math.max(50, n / 50)) {
            initFg = new boolean[n];
            for (int i = 0; i < n; i++) initFg[i] = t[i] != Trimap.BG;
        }
        int[] fl = ColourGmm.kmeansLabels(c, fg, true, ColourGmm.K), bl = ColourGmm.kmeansLabels(c, initFg, false, ColourGmm.K);
        fgModel.fit(c, fl);
        bgModel.fit(c, bl);
        float[] net = new float[n];
        for (int iter = 0; iter < iterations; iter++) {
            if (iter > 0) {
                assignComponents(c, fg, fgModel, bgModel, fl, bl);
                fgModel.fit(c, fl);
                bgModel.fit(c, bl);
            }
            dataTerms(c, t, fgModel, bgModel, hard, net, bias);
            g.reset();
            for (int i = 0; i < n; i++) g.setTerminal(i, net[i]);
            setEdges(g, edgeArc, edges);
            g.solve();
            int changed = 0;
            for (int i = 0; i < n; i++) {
                boolean f = g.sourceSide(i);
                if (Trimap.isUnknown(t[i])) {
                    if (f != fg[i]) changed++;
                    fg[i] = f;
                }
            }
            if (changed < n / 500) break; // converged: under 0.2% of the pixels moved
        }
        for (int i = 0; i < n; i++) if (Trimap.isUnknown(t[i])) t[i] = fg[i] ? Trimap.PROBABLY_FG : Trimap.PROBABLY_BG;
        return fg;
    }

    private static void assignComponents(float[][] c, boolean[] fg, ColourGmm f, ColourGmm b, int[] fl, int[] bl) {
        IntStream.range(0, fg.length).parallel().forEach(i -> {
            if (fg[i]) { fl[i] = f.assign(c[0][i], c[1][i], c[2][i]); bl[i] = -1; }
            else { bl[i] = b.assign(c[0][i], c[1][i], c[2][i]); fl[i] = -1; }
        });
    }

    private static void dataTerms(float[][] c, byte[] t, ColourGmm f, ColourGmm b, float hard, float[] net, float[] bias) {
        IntStream.range(0, net.length).parallel().forEach(i -> {
            byte v = t[i];
            if (v == Trimap.FG) net[i] = hard;
            else if (v == Trimap.BG) net[i] = -hard;
            else {
                // Source = foreground: a pixel left on the source side pays its sink capacity D_fg.
                double dFg = f.cost(c[0][i], c[1][i], c[2][i]), dBg = b.cost(c[0][i], c[1][i], c[2][i]);
                double d = dBg - dFg + (bias == null ? 0 : bias[i]);
                net[i] = (float) Math.max(-hard, Math.min(hard, d));
            }
        });
    }

    /** Larger than any cut through a pixel's edges, so hard seeds never flip. */
    private static float hardCapacity(float[][] edges) {
        return 8 * GAMMA + 1000f;
    }

    /**
     * Edge weights of the four forward neighbours (right, down, down-right, down-left) of every
     * pixel; 0 where the neighbour is outside.
     */
    static float[][] contrastWeights(float[][] c, int w, int h) {
        int n = w * h;
        int[][] off = {{1, 0}, {0, 1}, {1, 1}, {-1, 1}};
        double sum = 0;
        long count = 0;
        float[][] d2 = new float[4][n];
        for (int k = 0; k < 4; k++) {
            int dx = off[k][0], dy = off[k][1];
            for (int y = 0; y + dy < h; y++) for (int x = Math.max(0, -dx); x < w && x + dx < w; x++) {
                int i = y * w + x, j = (y + dy) * w + x + dx;
                float a = c[0][i] - c[0][j], b = c[1][i] - c[1][j], e = c[2][i] - c[2][j];
                float d = a * a + b * b + e * e;
                d2[k][i] = d;
                sum += d;
                count++;
            }
        }
        double beta = 1.0 / (2 * Math.max(1e-8, sum / Math.max(1, count)));
        for (int k = 0; k < 4; k++) {
            int dx = off[k][0], dy = off[k][1];
            float scale = (float) (GAMMA * FOUR_SCALE / Math.hypot(dx, dy));
            float[] e = d2[k];
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
                int i = y * w + x;
                boolean inside = y + dy < h && x + dx >= 0 && x + dx < w;
                e[i] = inside ? scale * (float) Math.exp(-beta * e[i]) : 0f;
            }
        }
        return d2;
    }

    private static int[] buildGrid(MaxFlow g, int w, int h) {
        int n = w * h;
        int[] arc = new int[4 * n];
        java.util.Arrays.fill(arc, -1);
        int[][] off = {{1, 0}, {0, 1}, {1, 1}, {-1, 1}};
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int i = y * w + x;
            for (int k = 0; k < LINKS; k++) {
                int nx = x + off[k][0], ny = y + off[k][1];
                if (nx < 0 || nx >= w || ny >= h) continue;
                arc[4 * i + k] = g.addEdge(i, ny * w + nx, 0, 0);
            }
        }
        return arc;
    }

    private static void setEdges(MaxFlow g, int[] arc, float[][] edges) {
        int n = edges[0].length;
        for (int i = 0; i < n; i++) for (int k = 0; k < 4; k++) {
            int a = arc[4 * i + k];
            if (a >= 0) g.setEdge(a, edges[k][i], edges[k][i]);
        }
    }
}
