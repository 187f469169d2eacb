package dev.patina.ops.dof;

import dev.patina.doc.ParamSchema;
import dev.patina.doc.ParamSpec;
import dev.patina.doc.Params;
import dev.patina.ops.Op;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import dev.patina.ops.depth.DepthSource;

import java.util.ArrayList;
import java.util.List;

/**
 * Depth of field: thin-lens defocus from a depth map (or a ground plane), with real aperture
 * bokeh, layered so depth edges have no halos. See {@link LayeredBokeh}.
 */
public final class DepthOfFieldOp implements Op {
    public static final String ID = "depth-of-field";

    static final ParamSchema SCHEMA = new ParamSchema(ID, 1, specs());

    private static List<ParamSpec> specs() {
        List<ParamSpec> s = new ArrayList<>(List.of(
            new ParamSpec.Number("amount", "Amount", 0, 1, 1, "",
                "Blend of the defocused result over the original; 0 leaves the image unchanged"),
            new ParamSpec.Number(DepthSource.FOCUS_X, "Focus X", 0, 1, 0.5, "",
                "Horizontal position of the focus point (0 = left edge, 1 = right edge); its depth is the focal plane"),
            new ParamSpec.Number(DepthSource.FOCUS_Y, "Focus Y", 0, 1, 0.6, "",
                "Vertical position of the focus point (0 = top, 1 = bottom)"),
            new ParamSpec.Number("fNumber", "Aperture", 0.95, 22, 2.8, "f/",
                "f-number: smaller is a wider aperture and a shallower depth of field"),
            new ParamSpec.Number("focalLength", "Focal length", 12, 800, 50, "mm",
                "Full-frame equivalent focal length; longer lenses blur the background more"),
            new ParamSpec.Number("blades", "Aperture blades", 0, 16, 0, "",
                "0 = round bokeh (1 and 2 too), 3 or more = a polygon with that many sides, one corner up (rounded to a whole number)")));
        s.addAll(DepthSource.specs(true));
        return s;
    }

    @Override public String displayName() { return "Depth of field"; }

    @Override public String description() {
        return "Lens blur that follows depth: thin-lens discs, real bokeh, no halos at depth edges";
    }

    @Override public ParamSchema schema() { return SCHEMA; }

    @Override public String mixParam() { return "amount"; }

    /**
     * The signed blur-disc diameter in output pixels (positive behind the focal plane) of every
     * pixel of a w × h render whose inverse distances are q, as these params would blur it: for the
     * editor's overlay of the zone in focus.
     */
    public float[] circlesOfConfusion(Params p, Resources resources, float[] q, int w, int h, RenderContext ctx) {
        DepthOfFieldKernel k = (DepthOfFieldKernel) prepare(p, resources);
        return k.cocMap(q, k.lens(q, w, h, ctx), ctx);
    }

    @Override public OpKernel prepare(Params p, Resources resources) {
        int blades = (int) Math.round(p.number("blades"));
        return new DepthOfFieldKernel(DepthSource.from(p, resources, true), p.number("focusX"), p.number("focusY"),
            p.number("fNumber"), p.number("focalLength"), blades, p.number("amount"));
    }
}
