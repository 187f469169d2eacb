package dev.patina.ops.clarity;

import dev.patina.doc.ParamSchema;
import dev.patina.doc.ParamSpec;
import dev.patina.doc.Params;
import dev.patina.ops.Op;
import dev.patina.ops.OpKernel;
import dev.patina.ops.Resources;

import java.util.List;

/**
 * Clarity: midtone local contrast. Negative values soften the over-crisp micro-contrast of
 * rendered images (the seed's advice for AI output) without blurring edges.
 */
public final class ClarityOp implements Op {
    public static final String ID = "clarity";

    static final ParamSchema SCHEMA = new ParamSchema(ID, 1, List.of(
        new ParamSpec.Number("amount", "Amount", -1, 1, -0.2, "",
            "Positive adds local contrast, negative softens it; 0 leaves the image unchanged"),
        new ParamSpec.Number("radius", "Radius", 0.25, 4, 1, "×",
            "Size of the structures affected, relative to the image (1 = about 0.45% of the diagonal)"),
        new ParamSpec.Number("edges", "Edge protection", 0, 1, 0.5, "",
            "How strong an edge must be to be left alone: higher protects more and avoids halos")));

    @Override public String displayName() { return "Clarity"; }

    @Override public String description() {
        return "Edge-aware local contrast in the midtones (guided filter), no halos at strong edges";
    }

    @Override public ParamSchema schema() { return SCHEMA; }

    @Override public OpKernel prepare(Params p, Resources resources) {
        return new ClarityKernel(p.number("amount"), p.number("radius"), p.number("edges"));
    }
}
