package dev.patina.ops.grain;

import dev.patina.doc.ParamSchema;
import dev.patina.doc.ParamSpec;
import dev.patina.doc.Params;
import dev.patina.ops.Op;
import dev.patina.ops.OpKernel;
import dev.patina.ops.Resources;

import java.util.List;

/**
 * Film grain. The grain is defined relative to a 35 mm frame, not to pixels, so the same params
 * give the same look on a 1 MP and a 24 MP image and at every zoom level. See {@link GrainKernel}.
 */
public final class GrainOp implements Op {
    public static final String ID = "grain";

    static final ParamSchema SCHEMA = new ParamSchema(ID, 1, List.of(
        new ParamSpec.Number("amount", "Amount", 0, 1, 0.25, "",
            "Strength of the grain; 0 leaves the image unchanged"),
        new ParamSpec.Number("size", "Size", 0.25, 4, 1, "×",
            "Grain size relative to the frame: 1 = ISO 400 film on a 35 mm frame, 2 = twice as coarse"),
        new ParamSpec.Number("colour", "Colour", 0, 1, 0.15, "",
            "0 = neutral (luminance) grain, 1 = independent grain in each dye layer"),
        new ParamSpec.Number("roughness", "Roughness", 0, 1, 0.5, "",
            "How much the grain stays in the highlights: 0 = midtones only, 1 = even across tones")));

    @Override public String displayName() { return "Grain"; }

    @Override public String description() {
        return "Film grain sized to the frame, strongest in the midtones, mean-preserving";
    }

    @Override public ParamSchema schema() { return SCHEMA; }

    @Override public OpKernel prepare(Params p, Resources resources) {
        return new GrainKernel(p.number("amount"), p.number("size"), p.number("colour"), p.number("roughness"));
    }
}
