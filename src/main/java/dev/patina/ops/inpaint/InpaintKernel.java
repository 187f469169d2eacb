package dev.patina.ops.inpaint;

import dev.patina.image.DepthMap;
import dev.patina.image.FloatImage;
import dev.patina.ops.Locality;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;

/**
 * The inpaint layer as a global op: a fill depends on everything around the hole, so it is
 * computed once per (pixels below, hole, params, scale) and cached by the renderer. Without a hole
 * file the layer's mask is the hole, read as an input (the layer then blends unmasked: outside the
 * hole the kernel passes the pixels through untouched).
 */
final class InpaintKernel implements OpKernel {
    private final Inpainter.Settings settings;
    private final DepthMap holeFile, excludeFile;
    private final double amount;

    InpaintKernel(Inpainter.Settings settings, DepthMap holeFile, DepthMap excludeFile, double amount) {
        this.settings = settings;
        this.amount = amount;
        this.holeFile = holeFile;
        this.excludeFile = excludeFile;
    }

    @Override public Locality locality() { return Locality.GLOBAL; }

    @Override public boolean readsLayerMask() { return holeFile == null; }

    @Override public boolean isIdentity() { return amount == 0; }

    @Override public void apply(FloatImage src, FloatImage dst, RenderContext ctx) {
        int w = src.width(), h = src.height();
        float[] hole = holeFile != null ? resample(holeFile, w, h) : ctx.layerMask();
        float[] exclude = excludeFile != null ? resample(excludeFile, w, h) : null;
        Inpainter.fill(src, dst, hole, exclude, settings, ctx.scale(), ctx.cancelled());
        if (amount < 1) {
            // One-off renders mix here (the editor's cached renders ask for amount 1 and mix per tile).
            float a = (float) amount;
            for (int c = 0; c < 3; c++) {
                float[] s = src.plane(c), d = dst.plane(c);
                for (int i = 0; i < d.length; i++) d[i] = s[i] + a * (d[i] - s[i]);
            }
        }
    }

    /**
     * A mask file at the render's size: bilinear over pixel centres, so a half-size mask or a
     * preview render lines up with the picture. NaN (a file's "no data") counts as 0.
     */
    static float[] resample(DepthMap m, int w, int h) {
        float[] out = new float[w * h];
        int mw = m.width(), mh = m.height();
        if (mw == w && mh == h) {
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out[y * w + x] = value(m, x, y);
            return out;
        }
        double sx = mw / (double) w, sy = mh / (double) h;
        for (int y = 0; y < h; y++) {
            double fy = Math.max(0, Math.min(mh - 1, (y + 0.5) * sy - 0.5));
            int y0 = (int) fy, y1 = Math.min(mh - 1, y0 + 1);
            double ty = fy - y0;
            for (int x = 0; x < w; x++) {
                double fx = Math.max(0, Math.min(mw - 1, (x + 0.5) * sx - 0.5));
                int x0 = (int) fx, x1 = Math.min(mw - 1, x0 + 1);
                double tx = fx - x0;
                double top = value(m, x0, y0) * (1 - tx) + value(m, x1, y0) * tx;
                double bottom = value(m, x0, y1) * (1 - tx) + value(m, x1, y1) * tx;
                out[y * w + x] = (float) (top * (1 - ty) + bottom * ty);
            }
        }
        return out;
    }

    private static float value(DepthMap m, int x, int y) {
        float v = m.value(x, y);
        return Float.isNaN(v) ? 0 : v;
    }
}
