package dev.patina.ui.overlay;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.ParamSpec;
import dev.patina.doc.Params;
import dev.patina.ops.depth.DepthSource;
import dev.patina.ops.dof.DepthOfFieldOp;
import dev.patina.ops.relight.RelightOp;
import dev.patina.ops.skin.SkinRetouchOp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analysis overlay the selected layer asks for and what it is computed from: the layer, the
 * stack below it (the picture the layer sees) and a key of everything the overlay's pixels depend
 * on. An edit that leaves the key alone (the light's direction, for the depth a relight layer uses)
 * keeps the overlay on screen; any other edit makes it stale.
 */
public record OverlaySubject(Kind kind, Layer layer, Document below, List<Object> key) {

    public enum Kind {
        /** A depth-of-field layer's depth (map or ground plane with the mask as subject) and its zone in focus. */
        FOCUS_DEPTH,
        /** The depth a relight layer reads from its map. */
        LIGHT_DEPTH,
        /** Where a skin-retouch layer works: its automatic skin mask refined by the layer's own mask. */
        SKIN
    }

    /** Params besides the depth source's that decide which pixels are in focus. */
    private static final List<String> FOCUS_PARAMS = List.of(DepthSource.FOCUS_X, DepthSource.FOCUS_Y, "fNumber", "focalLength");

    /** The overlay to show for the selected layer with these view options, or null when there is none. */
    public static OverlaySubject of(Document doc, Layer selected, boolean showDepth, boolean showSkin) {
        if (selected == null || doc.indexOf(selected.id()) < 0) return null;
        Document below = doc.withLayers(doc.layers().subList(0, doc.indexOf(selected.id())));
        String type = selected.type();
        if (showDepth && DepthOfFieldOp.ID.equals(type)) {
            List<String> names = new java.util.ArrayList<>(names(DepthSource.specs(true)));
            names.addAll(FOCUS_PARAMS);
            // Without a map the mask is the subject placed in the depth; with one it plays no part, but keying on it is harmless.
            return subject(Kind.FOCUS_DEPTH, selected, below, names, Optional.ofNullable(selected.mask()));
        }
        if (showDepth && RelightOp.ID.equals(type) && hasDepthMap(selected)) {
            return subject(Kind.LIGHT_DEPTH, selected, below, names(DepthSource.specs(false)), Optional.empty());
        }
        if (showSkin && SkinRetouchOp.ID.equals(type)) {
            return subject(Kind.SKIN, selected, below, SkinRetouchOp.MASK_PARAMS, Optional.ofNullable(selected.mask()));
        }
        return null;
    }

    /**
     * True when the layer names a depth map. Relight without one shapes its light from the
     * picture's brightness and has no depth to show.
     */
    public static boolean hasDepthMap(Layer layer) {
        return !layer.params().text(DepthSource.DEPTH).isEmpty();
    }

    private static OverlaySubject subject(Kind kind, Layer layer, Document below, List<String> params, Optional<Object> extra) {
        Params p = layer.params();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String n : params) values.put(n, p.get(n));
        return new OverlaySubject(kind, layer, below, List.of(kind, below, values, extra));
    }

    private static List<String> names(List<ParamSpec> specs) {
        return specs.stream().map(ParamSpec::name).toList();
    }
}
