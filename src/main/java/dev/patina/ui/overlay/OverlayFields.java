package dev.patina.ui.overlay;

import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import dev.patina.ops.depth.DepthSource;
import dev.patina.ops.dof.DepthOfFieldOp;
import dev.patina.ops.skin.SkinRetouchOp;

import java.util.concurrent.CancellationException;

/**
 * Computes an overlay's colours from the picture a layer sees, with the layer's own code (the depth
 * source and blur discs of depth of field, the skin mask of skin retouch), so the overlay shows what
 * the layer will use. Runs on a background thread; pure apart from cancellation.
 */
final class OverlayFields {
    /**
     * Blur discs smaller than this fraction of the diagonal count as in focus: the depth-of-field
     * tables' circle of confusion (0.029 mm on a 36 x 24 mm frame), so the zone means "sharp in
     * the picture", whatever the zoom.
     */
    static final double IN_FOCUS_DIAGONAL = 1 / 1500.0;

    private OverlayFields() {}

    static ColourField compute(OverlaySubject s, FloatImage seen, Resources resources, RenderContext ctx) {
        return switch (s.kind()) {
            case FOCUS_DEPTH -> depth(s.layer(), true, seen, resources, ctx);
            case LIGHT_DEPTH -> depth(s.layer(), false, seen, resources, ctx);
            case SKIN -> skin(s.layer(), seen, ctx);
        };
    }

    /** The layer's inverse distance on the ramp between its near and far distances, and for depth of field the zone in focus. */
    static ColourField depth(Layer layer, boolean focus, FloatImage seen, Resources resources, RenderContext ctx) {
        Params p = layer.params();
        DepthSource source = DepthSource.from(p, resources, focus);
        RenderContext c = source.readsLayerMask() ? withMask(ctx, layer.mask()) : ctx;
        int w = seen.width(), h = seen.height();
        float[] q = source.inverseDistance(seen, c);
        checkCancelled(ctx);
        float[] coc = focus ? new DepthOfFieldOp().circlesOfConfusion(p, resources, q, w, h, c) : null;
        float sharp = (float) ctx.diagonalFraction(IN_FOCUS_DIAGONAL);
        double qFar = 1 / source.far(), qNear = 1 / source.near();
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            boolean inFocus = coc != null && Math.abs(coc[i]) < sharp;
            argb[i] = OverlayColours.depthOverlay((q[i] - qFar) / (qNear - qFar), inFocus);
        }
        return new ColourField(w, h, argb);
    }

    /**
     * Where the retouch applies: the automatic skin mask times the layer's own mask (the renderer
     * blends the layer through it), so painting the mask out of the eyes shows at once.
     */
    static ColourField skin(Layer layer, FloatImage seen, RenderContext ctx) {
        float[] m = new SkinRetouchOp().skinMask(layer.params(), seen, ctx);
        checkCancelled(ctx);
        if (layer.mask() != null) {
            float[] refine = new float[m.length];
            layer.mask().sample(seen.bounds(), ctx.scale(), ctx.fullWidth(), ctx.fullHeight(), refine);
            for (int i = 0; i < m.length; i++) m[i] *= refine[i];
        }
        int[] argb = new int[m.length];
        for (int i = 0; i < m.length; i++) argb[i] = OverlayColours.skin(m[i]);
        return new ColourField(seen.width(), seen.height(), argb);
    }

    /** The context carrying the layer's mask over the whole scaled image, as the renderer gives it to the layer. */
    private static RenderContext withMask(RenderContext ctx, Mask mask) {
        if (mask == null) return ctx;
        float[] values = new float[(int) ctx.scaledBounds().area()];
        mask.sample(ctx.scaledBounds(), ctx.scale(), ctx.fullWidth(), ctx.fullHeight(), values);
        return ctx.withLayerMask(values);
    }

    private static void checkCancelled(RenderContext ctx) {
        if (ctx.cancelled().getAsBoolean()) throw new CancellationException("overlay cancelled");
    }
}
