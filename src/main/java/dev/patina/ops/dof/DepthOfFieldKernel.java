package dev.patina.ops.dof;

import dev.patina.image.FloatImage;
import dev.patina.ops.Locality;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;
import dev.patina.ops.depth.DepthSource;

import java.util.Arrays;

/**
 * Depth of field as a global op: the depth, the focus distance and the discs depend on the whole
 * picture, and a disc can be a fifth of the image wide, so the result is computed once per scale
 * and cached by the renderer. The CoC is in pixels of the render, c · (fullWidth · scale) / 36 mm,
 * so a render at scale 1/4 has discs a quarter the size.
 */
final class DepthOfFieldKernel implements OpKernel {
    /** Largest CoC diameter as a fraction of the image width; bounds the cost at extreme settings. */
    static final double MAX_COC_FRACTION = 0.15;
    /** Radius of the window whose median depth is the focus depth, as a fraction of the diagonal. */
    static final double FOCUS_WINDOW_FRACTION = 0.004;

    private final DepthSource depth;
    private final double focusX, focusY, fNumber, focalMm, amount;
    private final int blades;

    DepthOfFieldKernel(DepthSource depth, double focusX, double focusY, double fNumber, double focalMm, int blades, double amount) {
        this.depth = depth;
        this.focusX = focusX;
        this.focusY = focusY;
        this.fNumber = fNumber;
        this.focalMm = focalMm;
        this.blades = blades;
        this.amount = amount;
    }

    @Override public Locality locality() { return Locality.GLOBAL; }

    DepthSource depth() { return depth; }

    @Override public boolean isIdentity() { return amount == 0; }

    /** On a ground plane the layer's mask is the subject, not where the blur applies. */
    @Override public boolean readsLayerMask() { return depth.readsLayerMask(); }

    @Override public void apply(FloatImage src, FloatImage dst, RenderContext ctx) {
        int w = src.width(), h = src.height();
        float[] q = depth.inverseDistance(src, ctx);
        ThinLens lens = lens(q, w, h, ctx);
        float[] coc = cocMap(q, lens, ctx);
        if (amount == 1) {
            LayeredBokeh.render(src, coc, new Aperture(blades), ctx.cancelled(), dst);
            return;
        }
        FloatImage blurred = LayeredBokeh.render(src, coc, new Aperture(blades), ctx.cancelled());
        float a = (float) amount;
        for (int c = 0; c < 3; c++) {
            float[] s = src.plane(c), b = blurred.plane(c), d = dst.plane(c);
            for (int i = 0; i < d.length; i++) d[i] = s[i] + a * (b[i] - s[i]);
        }
    }

    /** The lens focused at the depth under the focus point. */
    ThinLens lens(float[] q, int w, int h, RenderContext ctx) {
        return new ThinLens(focalMm, fNumber, 1 / Math.max(1e-6, focusInverseDistance(q, w, h, ctx)));
    }

    float[] cocMap(float[] q, ThinLens lens, RenderContext ctx) {
        double widthPx = ctx.fullWidth() * ctx.scale();
        float max = (float) (MAX_COC_FRACTION * widthPx);
        float[] coc = new float[q.length];
        for (int i = 0; i < q.length; i++) coc[i] = Math.max(-max, Math.min(max, lens.signedCocPx(q[i], widthPx)));
        return coc;
    }

    /**
     * The median inverse distance in a small window around the focus point: a click that lands on
     * an edge or a speck of wrong depth still picks the surface most of the window shows.
     */
    float focusInverseDistance(float[] q, int w, int h, RenderContext ctx) {
        int cx = (int) Math.min(w - 1, Math.max(0, Math.floor(focusX * w)));
        int cy = (int) Math.min(h - 1, Math.max(0, Math.floor(focusY * h)));
        int r = (int) Math.max(1, Math.round(ctx.diagonalFraction(FOCUS_WINDOW_FRACTION)));
        int x0 = Math.max(0, cx - r), x1 = Math.min(w - 1, cx + r), y0 = Math.max(0, cy - r), y1 = Math.min(h - 1, cy + r);
        float[] win = new float[(x1 - x0 + 1) * (y1 - y0 + 1)];
        int k = 0;
        for (int y = y0; y <= y1; y++) for (int x = x0; x <= x1; x++) win[k++] = q[y * w + x];
        Arrays.sort(win);
        return win[win.length / 2];
    }
}
