package dev.patina.ops.inpaint;

/**
 * The gradient-domain finish (Pérez, Gangnet and Blake 2003): the last vote F keeps its own
 * gradients inside the hole, but its values are shifted by the harmonic correction that makes it
 * meet the original exactly along the border, where F predicts the ring of pixels just outside.
 * That is the solution of the Poisson equation with F's Laplacian and the original as boundary
 * values; a slow drift of brightness or colour between the copied texture and its surroundings is
 * spread smoothly over the hole instead of showing as a seam.
 */
final class PoissonFinish {
    private PoissonFinish() {}

    static void apply(NearestNeighbourField f) {
        Level lv = f.lv;
        int w = lv.w, h = lv.h;
        int minX = w, minY = h, maxX = -1, maxY = -1;
        for (int i = 0; i < lv.hole.length; i++) {
            if (!lv.hole[i]) continue;
            int x = i % w, y = i / w;
            minX = Math.min(minX, x); maxX = Math.max(maxX, x);
            minY = Math.min(minY, y); maxY = Math.max(maxY, y);
        }
        if (maxX < 0) return;
        // Work on the hole's bounding box grown by the one-pixel ring.
        int bx = Math.max(0, minX - 1), by = Math.max(0, minY - 1);
        int bw = Math.min(w, maxX + 2) - bx, bh = Math.min(h, maxY + 2) - by;
        float[][] corr = new float[3][bw * bh];
        byte[] state = new byte[bw * bh];
        float[][] fill = new float[3][bw * bh];
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                int p = (y + by) * w + (x + bx), b = y * bw + x;
                if (lv.hole[p]) {
                    state[b] = MembraneFill.UNKNOWN;
                    int s = Level.C * f.match[p];
                    for (int c = 0; c < 3; c++) fill[c][b] = lv.img[s + c];
                } else if (touchesHole(lv, x + bx, y + by)) {
                    // A pixel of the ring is a target (its patch touches the hole): what its match
                    // says it should be, against what it is, is the mismatch to spread.
                    state[b] = MembraneFill.KNOWN;
                    int s = Level.C * f.match[p];
                    for (int c = 0; c < 3; c++) corr[c][b] = lv.img[Level.C * p + c] - lv.img[s + c];
                }
            }
        }
        MembraneFill.solve(corr, state, bw, bh);
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                int b = y * bw + x;
                if (state[b] != MembraneFill.UNKNOWN) continue;
                int p = (y + by) * w + (x + bx);
                for (int c = 0; c < 3; c++) lv.img[Level.C * p + c] = fill[c][b] + corr[c][b];
            }
        }
    }

    private static boolean touchesHole(Level lv, int x, int y) {
        int w = lv.w, i = y * w + x;
        return (x > 0 && lv.hole[i - 1]) || (x < w - 1 && lv.hole[i + 1])
            || (y > 0 && lv.hole[i - w]) || (y < lv.h - 1 && lv.hole[i + w]);
    }
}
