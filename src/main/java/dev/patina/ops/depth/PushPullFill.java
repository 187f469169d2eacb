package dev.patina.ops.depth;

/**
 * Fills unknown (NaN) values from their known neighbours by push-pull: known values are averaged
 * down a pyramid until every cell has one, and each unknown pixel takes the bilinear value of the
 * first coarser level that knows it. Holes take the average of their rim, small holes from close
 * neighbours, large ones from farther ones; known values are never changed.
 */
final class PushPullFill {
    private PushPullFill() {}

    /** Fills v (w x h) in place; when nothing is known every value becomes {@code fallback}. */
    static void fill(float[] v, int w, int h, float fallback) {
        boolean any = false, hole = false;
        for (float x : v) { if (Float.isNaN(x)) hole = true; else any = true; }
        if (!hole) return;
        if (!any) { java.util.Arrays.fill(v, fallback); return; }
        int cw = (w + 1) / 2, ch = (h + 1) / 2;
        float[] c = new float[cw * ch];
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                float sum = 0;
                int n = 0;
                for (int dy = 0; dy < 2; dy++) for (int dx = 0; dx < 2; dx++) {
                    int sx = 2 * x + dx, sy = 2 * y + dy;
                    if (sx >= w || sy >= h) continue;
                    float s = v[sy * w + sx];
                    if (!Float.isNaN(s)) { sum += s; n++; }
                }
                c[y * cw + x] = n > 0 ? sum / n : Float.NaN;
            }
        }
        fill(c, cw, ch, fallback);
        for (int y = 0; y < h; y++) {
            double fy = Math.min(ch - 1, Math.max(0, (y + 0.5) / 2 - 0.5));
            int y0 = (int) fy, y1 = Math.min(ch - 1, y0 + 1);
            float ty = (float) (fy - y0);
            for (int x = 0; x < w; x++) {
                if (!Float.isNaN(v[y * w + x])) continue;
                double fx = Math.min(cw - 1, Math.max(0, (x + 0.5) / 2 - 0.5));
                int x0 = (int) fx, x1 = Math.min(cw - 1, x0 + 1);
                float tx = (float) (fx - x0);
                float top = c[y0 * cw + x0] * (1 - tx) + c[y0 * cw + x1] * tx;
                float bot = c[y1 * cw + x0] * (1 - tx) + c[y1 * cw + x1] * tx;
                v[y * w + x] = top * (1 - ty) + bot * ty;
            }
        }
    }
}
