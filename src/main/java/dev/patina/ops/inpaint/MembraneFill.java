package dev.patina.ops.inpaint;

import java.util.stream.IntStream;

/**
 * Harmonic interpolation: the unknown pixels take the solution of Laplace's equation with the known
 * pixels as fixed boundary values, the smoothest surface that meets them (a soap film). It is the
 * smooth fill, the starting guess of patch synthesis at its coarsest level, and, applied to the
 * difference between the original and a patch fill along the hole's border, the gradient-domain
 * (Poisson) finish that removes the seam while keeping the fill's own gradients.
 *
 * <p>Solved coarse to fine (a cascadic multigrid): known values are averaged down a pyramid until
 * every pixel is known, and each finer level starts from the coarser solution and runs a few
 * red-black over-relaxation sweeps. Red and black pixels depend only on each other, so the sweeps run
 * on several threads with results independent of their number.
 */
final class MembraneFill {
    /** Cell states of the domain. */
    static final byte IGNORED = 0, KNOWN = 1, UNKNOWN = 2;

    private static final double OMEGA = 1.8;
    private static final int MIN_SIDE = 4;

    private MembraneFill() {}

    /**
     * Replaces the {@code UNKNOWN} cells of each plane by the harmonic interpolation of the
     * {@code KNOWN} ones; {@code IGNORED} cells are outside the domain (a free edge). Needs at least
     * one known cell connected to the unknown ones; with none the planes are left unchanged there.
     */
    static void solve(float[][] planes, byte[] state, int w, int h) {
        boolean anyUnknown = false, anyKnown = false;
        for (byte s : state) { anyUnknown |= s == UNKNOWN; anyKnown |= s == KNOWN; }
        if (!anyUnknown || !anyKnown) return;
        solveLevel(planes, state, w, h, 0);
    }

    private static void solveLevel(float[][] planes, byte[] state, int w, int h, int depth) {
        boolean anyUnknown = false;
        for (byte s : state) if (s == UNKNOWN) { anyUnknown = true; break; }
        if (!anyUnknown) return;
        int cw = (w + 1) / 2, ch = (h + 1) / 2;
        boolean coarser = w > MIN_SIDE && h > MIN_SIDE;
        if (coarser) {
            // Push: average the known cells of each 2x2 block; a block with none but an unknown
            // cell stays unknown.
            float[][] cp = new float[planes.length][cw * ch];
            byte[] cs = new byte[cw * ch];
            for (int cy = 0; cy < ch; cy++) {
                for (int cx = 0; cx < cw; cx++) {
                    int known = 0;
                    boolean unknown = false;
                    double[] sum = new double[planes.length];
                    for (int dy = 0; dy < 2; dy++) {
                        int y = 2 * cy + dy;
                        if (y >= h) continue;
                        for (int dx = 0; dx < 2; dx++) {
                            int x = 2 * cx + dx;
                            if (x >= w) continue;
                            int i = y * w + x;
                            if (state[i] == KNOWN) {
                                known++;
                                for (int c = 0; c < planes.length; c++) sum[c] += planes[c][i];
                            } else if (state[i] == UNKNOWN) {
                                unknown = true;
                            }
                        }
                    }
                    int ci = cy * cw + cx;
                    if (known > 0) {
                        cs[ci] = KNOWN;
                        for (int c = 0; c < planes.length; c++) cp[c][ci] = (float) (sum[c] / known);
                    } else {
                        cs[ci] = unknown ? UNKNOWN : IGNORED;
                    }
                }
            }
            solveLevel(cp, cs, cw, ch, depth + 1);
            // Pull: unknown fine cells start from the coarse solution, bilinearly interpolated
            // from the coarse cells that are in the domain.
            for (int y = 0; y < h; y++) {
                double fy = (y + 0.5) / 2 - 0.5;
                int y0 = (int) Math.floor(fy);
                double ty = fy - y0;
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    if (state[i] != UNKNOWN) continue;
                    double fx = (x + 0.5) / 2 - 0.5;
                    int x0 = (int) Math.floor(fx);
                    double tx = fx - x0;
                    for (int c = 0; c < planes.length; c++) {
                        double acc = 0, wsum = 0;
                        for (int dy = 0; dy < 2; dy++) {
                            int yy = Math.min(ch - 1, Math.max(0, y0 + dy));
                            double wy = dy == 0 ? 1 - ty : ty;
                            for (int dx = 0; dx < 2; dx++) {
                                int xx = Math.min(cw - 1, Math.max(0, x0 + dx));
                                int ci = yy * cw + xx;
                                if (cs[ci] == IGNORED) continue;
                                double wt = wy * (dx == 0 ? 1 - tx : tx);
                                acc += wt * cp[c][ci];
                                wsum += wt;
                            }
                        }
                        planes[c][i] = wsum > 0 ? (float) (acc / wsum) : cp[c][(y / 2) * cw + x / 2];
                    }
                }
            }
        }
        // A few sweeps suffice on fine levels (the coarse solution already holds the large scales);
        // the coarsest level, small, gets many.
        int sweeps = !coarser ? 200 : depth == 0 ? 12 : 24;
        relax(planes, state, w, h, sweeps);
    }

    /** Red-black successive over-relaxation of the unknown cells, four-neighbour Laplacian. */
    private static void relax(float[][] planes, byte[] state, int w, int h, int sweeps) {
        int grain = Math.max(1, 16384 / Math.max(1, w));
        int chunks = (h + grain - 1) / grain;
        for (int s = 0; s < sweeps; s++) {
            for (int colour = 0; colour < 2; colour++) {
                final int parity = colour;
                IntStream.range(0, chunks).parallel().forEach(k -> {
                    int yEnd = Math.min(h, (k + 1) * grain);
                    for (int y = k * grain; y < yEnd; y++) {
                        int row = y * w;
                        for (int x = (y + parity) & 1; x < w; x += 2) {
                            int i = row + x;
                            if (state[i] != UNKNOWN) continue;
                            boolean l = x > 0 && state[i - 1] != IGNORED, r = x < w - 1 && state[i + 1] != IGNORED;
                            boolean u = y > 0 && state[i - w] != IGNORED, d = y < h - 1 && state[i + w] != IGNORED;
                            int n = (l ? 1 : 0) + (r ? 1 : 0) + (u ? 1 : 0) + (d ? 1 : 0);
                            if (n == 0) continue;
                            for (float[] p : planes) {
                                float sum = 0;
                                if (l) sum += p[i - 1];
                                if (r) sum += p[i + 1];
                                if (u) sum += p[i - w];
                                if (d) sum += p[i + w];
                                p[i] += (float) (OMEGA * (sum / n - p[i]));
                            }
                        }
                    }
                });
            }
        }
    }
}
