package dev.patina.ops.dof;

import java.util.Arrays;

/**
 * The pixels of one layer gathered into f × f blocks, for drawing large discs at 1/f size: each
 * block carries its members' mean colour and CoC and its coverage (members / f²), so the small
 * layer holds the same light per area as the full one.
 */
final class Blocks {
    final int count;
    final int[] index;      // block index in the small image (row-major, width sw)
    final float[] r, g, b, alpha, coc;

    private Blocks(int count, int[] index, float[] r, float[] g, float[] b, float[] alpha, float[] coc) {
        this.count = count;
        this.index = index;
        this.r = r;
        this.g = g;
        this.b = b;
        this.alpha = alpha;
        this.coc = coc;
    }

    /** Blocks of the pixels order[from..to) of a w-wide image, in the order they are first met. */
    static Blocks of(int[] order, int from, int to, float[] cocs, float[][] src, int w, int f, int sw, int sh) {
        int[] slot = new int[sw * sh];
        Arrays.fill(slot, -1);
        int max = to - from;
        int[] index = new int[max];
        float[] r = new float[max], g = new float[max], b = new float[max], a = new float[max], c = new float[max];
        int n = 0;
        for (int j = from; j < to; j++) {
            int i = order[j];
            int y = i / w, x = i - y * w;
            int bi = (y / f) * sw + x / f;
            int s = slot[bi];
            if (s < 0) { s = n++; slot[bi] = s; index[s] = bi; }
            r[s] += src[0][i];
            g[s] += src[1][i];
            b[s] += src[2][i];
            a[s] += 1;
            c[s] += cocs[i];
        }
        float area = f * f;
        for (int s = 0; s < n; s++) {
            float members = a[s];
            r[s] /= members;
            g[s] /= members;
            b[s] /= members;
            c[s] /= members;
            a[s] = members / area;
        }
        return new Blocks(n, index, r, g, b, a, c);
    }
}
