package dev.patina.ops.grain;

import dev.patina.ops.OpKernel;
import dev.patina.ops.Resources;
import dev.patina.ops.TypedOp;

/**
 * Film grain. The grain is defined relative to a 35 mm frame, not to pixels, so the same params
 * give the same look on a 1 MP and a 24 MP image and at every zoom level. See {@link GrainKernel}.
 */
public final class GrainOp extends TypedOp<GrainParams> {
    public static final String ID = "grain";

    public GrainOp() { super(ID, GrainParams.class, 1); }

    @Override public String displayName() { return "Grain"; }

    @Override public String description() {
        return "Film grain sized to the frame, strongest in the midtones, mean-preserving";
    }

    @Override protected OpKernel kernel(GrainParams p, Resources resources) {
        return new GrainKernel(p.amount(), p.size(), p.colour(), p.roughness());
    }
}
