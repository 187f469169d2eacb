package dev.patina.ops.vignette;

import dev.patina.ops.OpKernel;
import dev.patina.ops.Resources;
import dev.patina.ops.TypedOp;

/** A natural lens vignette (cos⁴ falloff in linear light), darkening or lightening the edges. */
public final class VignetteOp extends TypedOp<VignetteParams> {
    public static final String ID = "vignette";

    public VignetteOp() { super(ID, VignetteParams.class, 1); }

    @Override public String displayName() { return "Vignette"; }

    @Override public String description() {
        return "Natural lens falloff towards the corners, in linear light";
    }

    @Override protected OpKernel kernel(VignetteParams p, Resources resources) {
        return new VignetteKernel(p.amount(), p.midpoint(), p.roundness(), p.feather(), p.highlights());
    }
}
