package dev.patina.ops.tone;

import dev.patina.ops.OpKernel;
import dev.patina.ops.Resources;
import dev.patina.ops.TypedOp;

/**
 * Tone and colour: white balance, exposure, contrast, highlights, shadows, whites, blacks,
 * vibrance and saturation, the basic adjustments a photographer makes first. See {@link ToneKernel}.
 */
public final class ToneOp extends TypedOp<ToneParams> {
    public static final String ID = "tone";

    public ToneOp() { super(ID, ToneParams.class, 1); }

    @Override public String displayName() { return "Tone & colour"; }

    @Override public String description() {
        return "White balance, exposure, contrast, highlights, shadows, whites, blacks, vibrance and saturation";
    }

    @Override protected OpKernel kernel(ToneParams p, Resources resources) { return new ToneKernel(p); }
}
