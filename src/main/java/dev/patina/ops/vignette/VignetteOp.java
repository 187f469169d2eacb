package dev.patina.ops.vignette;

import dev.patina.doc.ParamSchema;
import dev.patina.doc.ParamSpec;
import dev.patina.doc.Params;
import dev.patina.ops.Op;
import dev.patina.ops.OpKernel;
import dev.patina.ops.Resources;

import java.util.List;

/** A natural lens vignette (cos⁴ falloff in linear light), darkening or lightening the edges. */
public final class VignetteOp implements Op {
    public static final String ID = "vignette";

    static final ParamSchema SCHEMA = new ParamSchema(ID, 1, List.of(
        new ParamSpec.Number("amount", "Amount", -1, 1, -0.3, "",
            "Negative darkens the edges, positive lightens them; 0 leaves the image unchanged"),
        new ParamSpec.Number("midpoint", "Midpoint", 0, 1, 0.5, "",
            "How far from the centre the falloff is half way: small values reach into the picture"),
        new ParamSpec.Number("roundness", "Roundness", -1, 1, 0, "",
            "-1 follows the rectangle of the frame, 0 an ellipse of the frame's proportions, 1 a circle"),
        new ParamSpec.Number("feather", "Feather", 0, 1, 0.6, "",
            "Width of the transition: 0 is a hard edge, 1 the gradual falloff of a real lens"),
        new ParamSpec.Number("highlights", "Highlight protection", 0, 1, 0.3, "",
            "Keeps bright areas near the edges from going grey when darkening")));

    @Override public String displayName() { return "Vignette"; }

    @Override public String description() {
        return "Natural lens falloff towards the corners, in linear light";
    }

    @Override public ParamSchema schema() { return SCHEMA; }

    @Override public OpKernel prepare(Params p, Resources resources) {
        return new VignetteKernel(p.number("amount"), p.number("midpoint"), p.number("roundness"),
            p.number("feather"), p.number("highlights"));
    }
}
