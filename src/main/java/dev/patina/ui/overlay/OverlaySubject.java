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
     * The selected layer's own mask when the renderer must find it in the picture (a scene mask:
     * subject, sky, ...), shown as the mask overlay; null for masks the canvas can draw itself.
     * Its {@code overlay} is null.
     */
    public static OverlaySubject foundMask(Document doc, Layer selected) {
        if (selected == null || doc.indexOf(selected.id()) < 0 || !(selected.mask() instanceof dev.patina.doc.Mask.Scene)) return null;
        Document below = doc.withLayers(doc.layers().subList(0, doc.indexOf(selected.id())));
        return new OverlaySubject(null, selected, below, Arrays.asList("mask", below, selected.mask()));
    }

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
