package dev.patina.ops;

import java.util.List;

/** The list of built-in layer types, in the order the editor offers them; each new layer package adds itself here. */
final class BuiltInOps {
    private BuiltInOps() {}

    static List<Op> all() {
        return List.of(
            new dev.patina.ops.tone.ToneOp(),
            new dev.patina.ops.filmstock.FilmStockOp(),
            new dev.patina.ops.grain.GrainOp(),
            new dev.patina.ops.vignette.VignetteOp(),
            new dev.patina.ops.clarity.ClarityOp(),
            new dev.patina.ops.skin.SkinRetouchOp(),
            new dev.patina.ops.relight.RelightOp(),
            new dev.patina.ops.dof.DepthOfFieldOp(),
            new dev.patina.ops.inpaint.InpaintOp());
    }
}
