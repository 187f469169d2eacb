package dev.patina.ops.skin;

import dev.patina.doc.ParamSchema;
import dev.patina.doc.ParamSpec;
import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.ops.Op;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;

import java.util.List;

/**
 * Skin retouch the way a good retoucher does it: even out blotches and redness and remove isolated
 * spots while keeping pores and fine hairs, and give plastic AI skin some pore texture back. Works
 * inside an automatic skin mask (refine it with the layer mask). See {@link SkinRetouchKernel}.
 */
public final class SkinRetouchOp implements Op {
    public static final String ID = "skin-retouch";

    static final ParamSchema SCHEMA = new ParamSchema(ID, 1, List.of(
        new ParamSpec.Number("amount", "Amount", 0, 1, 1, "",
            "Overall strength of the retouch; 0 leaves the image unchanged"),
        new ParamSpec.Number("evenness", "Evenness", 0, 1, 0.5, "",
            "Pulls blotches and redness towards the surrounding skin tone; pores are kept"),
        new ParamSpec.Number("blemish", "Blemishes", 0, 1, 0.5, "",
            "Removes isolated dark or red spots"),
        new ParamSpec.Number("texture", "Texture", 0, 1, 0.3, "",
            "Adds pore-scale texture to smooth, plastic-looking skin"),
        new ParamSpec.Number("size", "Size", 0.5, 2, 1, "×",
            "Scale of blotches, spots and pores relative to the image (1 suits a head-and-shoulders portrait)"),
        new ParamSpec.Number("skinTolerance", "Skin tolerance", 0, 1, 0.5, "",
            "How far from typical skin colours the automatic mask reaches")));

    @Override public String displayName() { return "Skin retouch"; }

    @Override public String description() {
        return "Evens blotches and redness, removes spots, keeps pores; adds pore texture to plastic skin";
    }

    @Override public ParamSchema schema() { return SCHEMA; }

    /** The params {@link #skinMask} depends on; the editor recomputes its overlay only when one of them changes. */
    public static final List<String> MASK_PARAMS = List.of("skinTolerance");

    /**
     * The automatic skin mask (0..1, row-major over img's bounds) these params would use, for an
     * overlay in the editor; img is the image the layer sees at ctx's scale (whole or a region).
     */
    public float[] skinMask(Params p, FloatImage img, RenderContext ctx) {
        SkinRetouchKernel k = kernel(p);
        return k.skinMask(img.extendedTo(img.bounds().expand(k.halo(ctx))), img.bounds(), ctx);
    }

    @Override public OpKernel prepare(Params p, Resources resources) {
        return kernel(p);
    }

    private static SkinRetouchKernel kernel(Params p) {
        return new SkinRetouchKernel(p.number("amount"), p.number("evenness"), p.number("blemish"),
            p.number("texture"), p.number("size"), p.number("skinTolerance"));
    }
}
