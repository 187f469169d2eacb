package dev.patina.ops.clarity;

import dev.patina.ops.OpKernel;
import dev.patina.ops.Resources;
import dev.patina.ops.TypedOp;

/**
 * Clarity: midtone local contrast. Negative values soften the over-crisp micro-contrast of
 * rendered images (the seed's advice for AI output) without blurring edges.
 */
public final class ClarityOp extends TypedOp<ClarityParams> {
    public static final String ID = "clarity";

    public ClarityOp() { super(ID, ClarityParams.class, 1); }

    @Override public String displayName() { return "Clarity"; }

    @Override public String description() {
        return "Edge-aware local contrast in the midtones (guided filter), no halos at strong edges";
    }

    @Override protected OpKernel kernel(ClarityParams p, Resources resources) {
        return new ClarityKernel(p.amount(), p.radius(), p.edges());
    }
}
