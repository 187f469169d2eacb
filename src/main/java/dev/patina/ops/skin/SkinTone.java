package dev.patina.ops.skin;

import dev.patina.image.BoxMean;
import dev.patina.image.Scratch;

import dev.patina.image.Plane;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;

/**
 * The local skin tone: a skin-weighted mean of L*, a*, b* over a wide window (standard deviation
 * {@code sigma} output pixels) among pixels of similar lightness. Only skin contributes, so the tone
 * beside hair or background stays the skin's own; and only similar lightness contributes (a
 * bilateral grid: Chen, Paris and Durand, SIGGRAPH 2007), so the shading that models the face, the
 * shadow under a jaw or beside a nose, is tens of L* units away in the grid's range axis and keeps
 * its own tone, while a blotch two or three units off is averaged with the skin around it.
 *
 * <p>The grid's cells are blocks anchored at the image origin; each block splats 4x4 samples on a
 * fixed lattice into two lightness bins, the grid is blurred by two box passes in space and a
 * [1 2 1] tent in lightness, and each pixel reads it back by trilinear interpolation at its own
 * lightness. Every quantity is a function of absolute coordinates, summed in a fixed order, so any
 * tile gives the same tone; and the halo costs 16 colour conversions per block, not one per pixel.
 */
final class SkinTone {
    /** Lightness bin spacing of the grid, in L* units: deviations well beyond it are not averaged. */
    static final float RANGE = 5f;
    private static final int BINS = (int) Math.ceil(110 / RANGE) + 2;
    /** Weight of non-skin samples: keeps the mean defined where there is no skin at all. */
    private static final float FALLBACK_WEIGHT = 0.02f;
    /** Weight (in samples) of the pixel's own value: where the grid holds no data, no pull. */
    private static final float SELF_WEIGHT = 0.05f;
    private static final int SAMPLES = 4;
    /** Fixed point of the grid's box means: weighted L*a*b* sums of a few thousand at most. */
    private static final double FIXED_POINT = 1 << 16;

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

    private static float bin(float l) {
        return Math.min(Math.max(l, 0f), 110f) / RANGE;
    }

    /**
     * Tone planes {L*, a*, b*} over r; src must cover r grown by {@link #halo()}; guide is each
     * pixel's own lightness and colour (at least over r), whose lightness picks the grid's range.
     */
    Plane[] over(FloatImage src, Rect r, SkinColourModel model, Plane[] guide) {
        int cx0 = (int) Math.floor(cellPos(r.x())), cx1 = (int) Math.floor(cellPos(r.right() - 1)) + 1;
        int cy0 = (int) Math.floor(cellPos(r.y())), cy1 = (int) Math.floor(cellPos(r.bottom() - 1)) + 1;
        int nx = cx1 - cx0 + 1 + 4 * k, ny = cy1 - cy0 + 1 + 4 * k;
        float[][] grids = splat(src, cx0 - 2 * k, cy0 - 2 * k, nx, ny, model);
        int gx = nx - 4 * k, gy = ny - 4 * k;
        for (int c = 0; c < 4; c++) {
            float[] g = grids[c];
            float[] blurred = new float[gx * gy * BINS];
            for (int z = 0; z < BINS; z++) {
                float[] slice = new float[nx * ny];
                System.arraycopy(g, z * nx * ny, slice, 0, nx * ny);
                float[] once = new float[(nx - 2 * k) * (ny - 2 * k)], twice = new float[gx * gy];
                BoxMean.inner(slice, nx, ny, k, FIXED_POINT, once, Scratch.current());
                BoxMean.inner(once, nx - 2 * k, ny - 2 * k, k, FIXED_POINT, twice, Scratch.current());
                System.arraycopy(twice, 0, blurred, z * gx * gy, gx * gy);
            }
            grids[c] = tentZ(blurred, gx * gy);
        }
        Plane[] out = {new Plane(r), new Plane(r), new Plane(r)};
        slice(grids, gx, gy, cx0, cy0, guide, out);
        return out;
    }

    /** Per block and lightness bin: skin-weighted sums of L*, a*, b* and the weights. */
    private float[][] splat(FloatImage src, int rx0, int ry0, int nx, int ny, SkinColourModel model) {
        int plane = nx * ny;
        float[][] g = new float[4][plane * BINS];
        float[] sr = src.plane(0), sg = src.plane(1), sb = src.plane(2);
        float[] lab = new float[3];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int bx = (rx0 + i) * block + step / 2, by = (ry0 + j) * block + step / 2;
                int cell = j * nx + i;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        int si = src.index(bx + sx * step, by + sy * step);
                        CieLab.fromLinear(sr[si], sg[si], sb[si], lab);
                        float m = model.membership(lab[0], lab[1], lab[2]) + FALLBACK_WEIGHT;
                        float z = bin(lab[0]);
                        int z0 = Math.min((int) z, BINS - 2);
                        float fz = z - z0;
                        add(g, z0 * plane + cell, m * (1 - fz), lab);
                        add(g, (z0 + 1) * plane + cell, m * fz, lab);
                    }
                }
            }
        }
        return g;
    }

    private static void add(float[][] g, int at, float w, float[] lab) {
        g[0][at] += w * lab[0];
        g[1][at] += w * lab[1];
        g[2][at] += w * lab[2];
        g[3][at] += w;
    }

    /** [1 2 1]/4 along the lightness axis (ends repeat). */
    private static float[] tentZ(float[] g, int plane) {
        float[] out = new float[g.length];
        for (int z = 0; z < BINS; z++) {
            int lo = Math.max(0, z - 1) * plane, mid = z * plane, hi = Math.min(BINS - 1, z + 1) * plane;
            for (int i = 0; i < plane; i++) out[mid + i] = 0.25f * g[lo + i] + 0.5f * g[mid + i] + 0.25f * g[hi + i];
        }
        return out;
    }

    /** Trilinear read of the grid (origin cell cx0, cy0) at every pixel centre and own lightness. */
    private void slice(float[][] grids, int gw, int gh, int cx0, int cy0, Plane[] guide, Plane[] out) {
        Rect r = out[0].rect;
        int w = r.width(), plane = gw * gh;
        int[] col = new int[w];
        float[] fxs = new float[w];
        for (int x = 0; x < w; x++) {
            double u = cellPos(r.x() + x);
            int i0 = (int) Math.floor(u);
            col[x] = i0 - cx0;
            fxs[x] = (float) (u - i0);
        }
        float[] acc = new float[4];
        int i = 0;
        for (int y = r.y(); y < r.bottom(); y++) {
            double v = cellPos(y);
            int j0 = (int) Math.floor(v);
            float fy = (float) (v - j0);
            int row = (j0 - cy0) * gw;
            for (int x = 0; x < w; x++, i++) {
                int gi = guide[0].index(r.x() + x, y);
                float z = bin(guide[0].v[gi]);
                int z0 = Math.min((int) z, BINS - 2);
                float fz = z - z0, fx = fxs[x];
                int base = z0 * plane + row + col[x];
                for (int c = 0; c < 4; c++) {
                    float[] g = grids[c];
                    float lo = bilinear(g, base, gw, fx, fy), hi = bilinear(g, base + plane, gw, fx, fy);
                    acc[c] = lo + fz * (hi - lo);
                }
                float den = acc[3] + SELF_WEIGHT;
                out[0].v[i] = (acc[0] + SELF_WEIGHT * guide[0].v[gi]) / den;
                out[1].v[i] = (acc[1] + SELF_WEIGHT * guide[1].v[gi]) / den;
                out[2].v[i] = (acc[2] + SELF_WEIGHT * guide[2].v[gi]) / den;
            }
        }
    }

    private static float bilinear(float[] g, int at, int gw, float fx, float fy) {
        float top = g[at] + fx * (g[at + 1] - g[at]);
        float bottom = g[at + gw] + fx * (g[at + gw + 1] - g[at + gw]);
        return top + fy * (bottom - top);
    }
}
