package dev.patina.ops.dof;

import dev.patina.doc.Migration;
import dev.patina.image.FloatImage;
import dev.patina.ops.LayerOverlay;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import dev.patina.ops.TypedOp;
import dev.patina.ops.TypedOverlay;
import dev.patina.ops.depth.DepthSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Depth of field: thin-lens defocus from a depth map (or a ground plane), with real aperture
 * bokeh, layered so depth edges have no halos. See {@link LayeredBokeh}.
 */
public final class DepthOfFieldOp extends TypedOp<DepthOfFieldParams> {
    public static final String ID = "depth-of-field";

    /**
     * Blur discs smaller than this fraction of the diagonal count as in focus: the depth-of-field
     * tables' circle of confusion (0.029 mm on a 36 x 24 mm frame), so the zone means "sharp in
     * the picture", whatever the zoom.
     */
    public static final double IN_FOCUS_DIAGONAL = 1 / 1500.0;

    /** Version 1 had the focus point as two numbers, focusX and focusY. */
    static final Migration FOCUS_POINT = new Migration(1, DepthOfFieldOp::joinFocus);

    private final List<LayerOverlay> overlays = List.of(new TypedOverlay<>("depth", "Show depth",
        "Overlay the depth the blur follows: near is bright, far is dark; green is in focus",
        LayerOverlay.Style.DEPTH_FOCUS, DepthOfFieldParams.class, DepthOfFieldParams::focusKey, p -> null, this::depthOverlay));

    public DepthOfFieldOp() { super(ID, DepthOfFieldParams.class, 2, FOCUS_POINT); }

    @Override public String displayName() { return "Depth of field"; }

    @Override public String description() {
        return "Lens blur that follows depth: thin-lens discs, real bokeh, no halos at depth edges";
    }

    @Override public List<LayerOverlay> overlays() { return overlays; }

    @Override protected DepthOfFieldKernel kernel(DepthOfFieldParams p, Resources resources) {
        int blades = (int) Math.round(p.blades());
        return new DepthOfFieldKernel(DepthSource.from(p.depth(), p.ground(), p.focus(), resources),
            p.focus().x(), p.focus().y(), p.fNumber(), p.focalLength(), blades, p.amount());
    }

    /** The layer's inverse distance between its near and far distances, and the zone in focus. */
    private LayerOverlay.Field depthOverlay(DepthOfFieldParams p, Resources resources, FloatImage seen, RenderContext ctx) {
        DepthOfFieldKernel k = kernel(p, resources);
        int w = seen.width(), h = seen.height();
        float[] q = k.depth().inverseDistance(seen, ctx);
        float[] coc = k.cocMap(q, k.lens(q, w, h, ctx), ctx);
        float sharp = (float) ctx.diagonalFraction(IN_FOCUS_DIAGONAL);
        boolean[] inFocus = new boolean[q.length];
        for (int i = 0; i < q.length; i++) inFocus[i] = Math.abs(coc[i]) < sharp;
        return new LayerOverlay.Field(w, h, k.depth().normalised(q), inFocus);
    }

    private static Map<String, Object> joinFocus(Map<String, Object> v1) {
        Map<String, Object> v2 = new LinkedHashMap<>(v1);
        Object x = v2.remove("focusX"), y = v2.remove("focusY");
        if (x != null || y != null) {
            v2.put("focus", List.of(x != null ? x : 0.5, y != null ? y : 0.6));
        }
        return v2;
    }
}
