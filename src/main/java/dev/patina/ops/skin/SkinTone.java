package dev.patina.ops.skin;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;

/**
 * The local skin tone: a skin-weighted mean of L*, a*, b* over a wide window (standard deviation
 * {@code sigma} output pixels). Only skin contributes, so the tone beside hair or background stays
 * the skin's own and the retouch makes no halo at the face's outline.
 *
 * <p>The window is wide (a few percent of the diagonal), so the mean is built on a coarse grid of
 * blocks anchored at the image origin: each block sums 4x4 samples on a fixed lattice, the grid is
 * blurred by two box passes and read back by bilinear interpolation. Every quantity is a function of
 * absolute coordinates, summed in a fixed order, so any tile gives the same tone; and the halo costs
 * 16 colour conversions per block instead of one per pixel.
 */
final class SkinTone {
    /** Weight of non-skin samples: keeps the mean defined where there is no skin at all. */
    private static final float FALLBACK_WEIGHT = 0.02f;
    private static final int SAMPLES = 4;

    private final int step, block, k;

    SkinTone(double sigma) {
        this.step = Math.max(1, (int) Math.round(sigma / 16));
        this.block = SAMPLES * step;
        this.k = Math.max(1, BoxFilter.radiusForSigma(sigma / block));
    }

    /** Pixels beyond a rect that {@link #over} reads. */
    int halo() {
        return (2 * k + 2) * block;
    }

    private double cellPos(int x) {
        return (x + 0.5) / block - 0.5;
    }

    /** Tone planes {L*, a*, b*} over r; src must cover r grown by {@link #halo()}. */
    Plane[] over(FloatImage src, Rect r, SkinColourModel model) {
        int cx0 = (int) Math.floor(cellPos(r.x())), cx1 = (int) Math.floor(cellPos(r.right() - 1)) + 1;
        int cy0 = (int) Math.floor(cellPos(r.y())), cy1 = (int) Math.floor(cellPos(r.bottom() - 1)) + 1;
        int rx0 = cx0 - 2 * k, ry0 = cy0 - 2 * k;
        int nx = cx1 - cx0 + 1 + 4 * k, ny = cy1 - cy0 + 1 + 4 * k;
        float[][] grids = blockSums(src, rx0, ry0, nx, ny, model);
        int gx = nx - 4 * k, gy = ny - 4 * k;
        for (int c = 0; c < 4; c++) grids[c] = boxY(boxY(boxX(boxX(grids[c], nx, ny), nx - 2 * k, ny), gx, ny), gx, ny - 2 * k);
        float[] den = grids[3];
        Plane[] out = {new Plane(r), new Plane(r), new Plane(r)};
        for (int c = 0; c < 3; c++) {
            float[] num = grids[c];
            float[] tone = new float[gx * gy];
            for (int i = 0; i < tone.length; i++) tone[i] = num[i] / den[i];
            interpolate(tone, gx, cx0, cy0, out[c]);
        }
        return out;
    }

    /** Per block: skin-weighted sums of L*, a*, b* (plus a little of every sample) and the weights. */
    private float[][] blockSums(FloatImage src, int rx0, int ry0, int nx, int ny, SkinColourModel model) {
        float[][] g = new float[4][nx * ny];
        float[] sr = src.plane(0), sg = src.plane(1), sb = src.plane(2);
        float[] lab = new float[3];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int bx = (rx0 + i) * block + step / 2, by = (ry0 + j) * block + step / 2;
                float nl = 0, na = 0, nb = 0, w = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        int si = src.index(bx + sx * step, by + sy * step);
                        CieLab.fromLinear(sr[si], sg[si], sb[si], lab);
                        float m = model.membership(lab[0], lab[1], lab[2]) + FALLBACK_WEIGHT;
                        nl += m * lab[0];
                        na += m * lab[1];
                        nb += m * lab[2];
                        w += m;
                    }
                }
                int gi = j * nx + i;
                g[0][gi] = nl;
                g[1][gi] = na;
                g[2][gi] = nb;
                g[3][gi] = w;
            }
        }
        return g;
    }

    /** Window sums along x (radius k); output width w - 2k. Direct sums: a fixed order per cell. */
    private float[] boxX(float[] in, int w, int h) {
        int ow = w - 2 * k;
        float[] out = new float[ow * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < ow; x++) {
                float s = 0;
                for (int t = 0; t <= 2 * k; t++) s += in[y * w + x + t];
                out[y * ow + x] = s;
            }
        }
        return out;
    }

    private float[] boxY(float[] in, int w, int h) {
        int oh = h - 2 * k;
        float[] out = new float[w * oh];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int t = 0; t <= 2 * k; t++) s += in[(y + t) * w + x];
                out[y * w + x] = s;
            }
        }
        return out;
    }

    /** Bilinear read of the cell grid (origin cell cx0, cy0) at every pixel centre of out. */
    private void interpolate(float[] grid, int gw, int cx0, int cy0, Plane out) {
        Rect r = out.rect;
        int w = r.width();
        int[] col = new int[w];
        float[] fxs = new float[w];
        for (int x = 0; x < w; x++) {
            double u = cellPos(r.x() + x);
            int i0 = (int) Math.floor(u);
            col[x] = i0 - cx0;
            fxs[x] = (float) (u - i0);
        }
        int i = 0;
        for (int y = r.y(); y < r.bottom(); y++) {
            double v = cellPos(y);
            int j0 = (int) Math.floor(v);
            float fy = (float) (v - j0);
            int row0 = (j0 - cy0) * gw, row1 = row0 + gw;
            for (int x = 0; x < w; x++) {
                int c = col[x];
                float fx = fxs[x];
                float top = grid[row0 + c] + fx * (grid[row0 + c + 1] - grid[row0 + c]);
                float bottom = grid[row1 + c] + fx * (grid[row1 + c + 1] - grid[row1 + c]);
                out.v[i++] = top + fy * (bottom - top);
            }
        }
    }
}
