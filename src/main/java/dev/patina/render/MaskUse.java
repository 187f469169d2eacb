package dev.patina.render;

import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.image.Rect;
import dev.patina.ops.Locality;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;

/**
 * What a layer's mask is for, decided in this one place: normally the renderer blends the layer
 * through it; a global kernel that {@linkplain OpKernel#readsLayerMask() reads its mask as an
 * input} (the subject of a depth estimate) gets it in its context instead and blends unmasked.
 */
record MaskUse(Mask blendMask, Mask inputMask) {

    static MaskUse of(Layer layer, OpKernel kernel) {
        Mask mask = layer.mask();
        if (!kernel.readsLayerMask()) return new MaskUse(mask, null);
        if (kernel.locality() != Locality.GLOBAL) {
            throw new IllegalStateException(layer.type() + ": only global kernels can read their layer mask");
        }
        return new MaskUse(null, mask);
    }

    /** ctx carrying the input mask over {@code bounds} (the whole scaled image), or ctx itself. */
    RenderContext context(RenderContext ctx, Rect bounds) {
        if (inputMask == null) return ctx;
        float[] values = new float[(int) bounds.area()];
        inputMask.sample(bounds, ctx.scale(), ctx.fullWidth(), ctx.fullHeight(), values);
        return ctx.withLayerMask(values);
    }

    /** Coverage values times the blend mask over {@code bounds}, in place: where the layer will apply. */
    void limitToBlendMask(float[] coverage, Rect bounds, RenderContext ctx) {
        if (blendMask == null) return;
        float[] m = new float[coverage.length];
        blendMask.sample(bounds, ctx.scale(), ctx.fullWidth(), ctx.fullHeight(), m);
        for (int i = 0; i < coverage.length; i++) coverage[i] *= m[i];
    }
}
