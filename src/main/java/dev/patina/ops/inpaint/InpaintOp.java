package dev.patina.ops.inpaint;

import dev.patina.image.DepthMap;
import dev.patina.ops.OpKernel;
import dev.patina.ops.Resources;
import dev.patina.ops.StackPlace;
import dev.patina.ops.TypedOp;

/**
 * Inpaint: fills a hole (the layer's mask, or a mask file) from the picture around it, for the
 * hands, background slips and artefacts that give an AI image away. See {@link Inpainter}.
 */
public final class InpaintOp extends TypedOp<InpaintParams> {
    public static final String ID = "inpaint";

    public InpaintOp() { super(ID, InpaintParams.class, 1); }

    @Override public StackPlace place() { return StackPlace.REPAIR; }

    @Override public boolean fillsMask() { return true; }

    @Override public String displayName() { return "Inpaint"; }

    @Override public String description() {
        return "Content-aware fill of the layer's mask (or a hole file) from its surroundings: patch synthesis, marching fill for thin strokes";
    }

    @Override protected OpKernel kernel(InpaintParams p, Resources resources) {
        DepthMap hole = p.holeFromFile() ? resources.maskImage(p.hole()) : null;
        DepthMap exclude = p.exclude().isEmpty() ? null : resources.maskImage(p.exclude());
        Inpainter.Settings s = new Inpainter.Settings(p.method().method(), p.sourceRadius(), Math.round(p.seed()));
        return new InpaintKernel(s, hole, exclude, p.amount());
    }
}
