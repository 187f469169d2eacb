package dev.patina.ui.overlay;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.ops.LayerOverlay;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The analysis overlay the selected layer asks for and what it is computed from: the layer, the
 * overlay its op declares, the stack below it (the picture the layer sees) and a key of everything
 * the overlay's pixels depend on. An edit that leaves the key alone (the light's direction, for the
 * depth a relight layer uses) keeps the overlay on screen; any other edit makes it stale.
 */
public record OverlaySubject(LayerOverlay overlay, Layer layer, Document below, List<Object> key) {

    /**
     * The overlay to show for the selected layer when the overlays whose ids are in {@code shown}
     * are switched on, or null when there is none (none on, or the one on cannot be shown).
     */
    public static OverlaySubject of(Document doc, Layer selected, Set<String> shown) {
        if (selected == null || doc.indexOf(selected.id()) < 0) return null;
        Op op = OpRegistry.find(selected.type());
        if (op == null) return null;
        for (LayerOverlay o : op.overlays()) {
            if (!shown.contains(o.id()) || o.unavailable(selected.params()) != null) continue;
            Document below = doc.withLayers(doc.layers().subList(0, doc.indexOf(selected.id())));
            // The mask is in the key for every overlay: it is the subject of a depth, or limits a coverage.
            List<Object> key = Arrays.asList(o.id(), selected.type(), below, o.key(selected.params()), selected.mask());
            return new OverlaySubject(o, selected, below, key);
        }
        return null;
    }
}
