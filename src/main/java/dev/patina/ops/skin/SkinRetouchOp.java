package dev.patina.ops.skin;

import dev.patina.image.FloatImage;
import dev.patina.ops.LayerOverlay;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import dev.patina.ops.TypedOp;
import dev.patina.ops.TypedOverlay;

import java.util.List;

/**
 * Skin retouch the way a good retoucher does it: even out blotches and redness and remove isolated
 * spots while keeping pores and fine hairs, and give plastic AI skin some pore texture back. Works
 * inside an automatic skin mask (refine it with the layer mask). See {@link SkinRetouchKernel}.
 */
public final class SkinRetouchOp extends TypedOp<SkinRetouchParams> {
    public static final String ID = "skin-retouch";

    private static final List<LayerOverlay> OVERLAYS = List.of(new TypedOverlay<>("skin", "Show skin mask",
        "Overlay the automatic skin mask; Skin tolerance widens or narrows it", LayerOverlay.Style.COVERAGE,
        SkinRetouchParams.class, SkinRetouchParams::skinTolerance, p -> null, SkinRetouchOp::skinOverlay));

    public SkinRetouchOp() { super(ID, SkinRetouchParams.class, 1); }

    @Override public String displayName() { return "Skin retouch"; }

    @Override public String description() {
        return "Evens blotches and redness, removes spots, keeps pores; adds pore texture to plastic skin";
    }

    @Override public List<LayerOverlay> overlays() { return OVERLAYS; }

    @Override protected OpKernel kernel(SkinRetouchParams p, Resources resources) { return of(p); }

    /** The automatic skin mask these params use (0..1) over the picture the layer sees. */
    private static LayerOverlay.Field skinOverlay(SkinRetouchParams p, Resources resources, FloatImage seen, RenderContext ctx) {
        SkinRetouchKernel k = of(p);
        float[] m = k.skinMask(seen.extendedTo(seen.bounds().expand(k.halo(ctx))), seen.bounds(), ctx);
        return new LayerOverlay.Field(seen.width(), seen.height(), m, null);
    }

    private static SkinRetouchKernel of(SkinRetouchParams p) {
        return new SkinRetouchKernel(p.amount(), p.evenness(), p.blemish(), p.texture(), p.size(), p.skinTolerance());
    }
}
