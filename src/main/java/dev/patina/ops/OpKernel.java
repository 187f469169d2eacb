package dev.patina.ops;

import dev.patina.image.FloatImage;

/**
 * An op with its params resolved (tables built, resources loaded), ready to run on tiles from any
 * thread. Pure: the output depends only on src, the context and the params, never on the tile
 * size or position, so tiled renders equal whole renders bit for bit.
 */
public interface OpKernel {

    Locality locality();

    /** Extra pixels of input needed on every side of a tile, in output pixels at ctx.scale. */
    default int halo(RenderContext ctx) { return 0; }

    /**
     * True when the kernel reads its layer's mask as an input (through {@link RenderContext#layerMask()})
     * instead of the renderer blending through it: depth of field without a depth map takes the
     * mask as the subject. Only GLOBAL kernels may say so; the layer then blends unmasked.
     */
    default boolean readsLayerMask() { return false; }

    /** True when these params leave every pixel unchanged (the renderer may skip the op). */
    boolean isIdentity();

    /**
     * Computes dst from src. For POINT ops src and dst have the same bounds (and may be the same
     * object); for NEIGHBOURHOOD ops src covers dst expanded by the halo, edge-extended beyond the
     * image; for GLOBAL ops both are the whole scaled image.
     */
    void apply(FloatImage src, FloatImage dst, RenderContext ctx);
}
