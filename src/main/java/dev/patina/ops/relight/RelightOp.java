package dev.patina.ops.relight;

import dev.patina.image.FloatImage;
import dev.patina.ops.LayerOverlay;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import dev.patina.ops.TypedOp;
import dev.patina.ops.TypedOverlay;
import dev.patina.ops.depth.DepthSource;

import java.util.List;

/**
 * Relight: gives flat, directionless (ring-light) images a key light with a direction and a colour
 * temperature, changing only the low frequencies so skin, hair and texture stay as they were.
 * See {@link RelightKernel}.
 */
public final class RelightOp extends TypedOp<RelightParams> {
    public static final String ID = "relight";

    /** Without a map the light is shaped from the picture's brightness: there is no depth to show. */
    static final String NO_MAP = "No depth map: the light follows the picture's shading, so there is no depth to show. "
        + "Choose a map below to light by depth.";

    private static final List<LayerOverlay> OVERLAYS = List.of(new TypedOverlay<>("depth", "Show depth",
        "Overlay the depth the light shapes: near is bright, far is dark", LayerOverlay.Style.DEPTH, RelightParams.class,
        RelightParams::depth, p -> p.depth().hasMap() ? null : NO_MAP, RelightOp::depthOverlay));

    public RelightOp() { super(ID, RelightParams.class, 1); }

    @Override public String displayName() { return "Relight"; }

    @Override public String description() {
        return "Directional key light with colour temperature from depth or shape, on the low frequencies only";
    }

    @Override public List<LayerOverlay> overlays() { return OVERLAYS; }

    @Override protected OpKernel kernel(RelightParams p, Resources resources) {
        return new RelightKernel(DepthSource.from(p.depth(), resources), p.azimuth(), p.elevation(), p.intensity(),
            p.softness(), p.ambient(), p.temperature(), p.flatten(), p.shadows(), p.amount());
    }

    private static LayerOverlay.Field depthOverlay(RelightParams p, Resources resources, FloatImage seen, RenderContext ctx) {
        DepthSource source = DepthSource.from(p.depth(), resources);
        return new LayerOverlay.Field(seen.width(), seen.height(), source.normalised(source.inverseDistance(seen, ctx)), null);
    }
}
