package dev.patina.ui.widgets;

import dev.patina.doc.Layer;
import dev.patina.doc.ParamRole;
import dev.patina.doc.ParamSchema;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;
import dev.patina.ui.EditorSession;
import dev.patina.ui.overlay.OverlayToggles;
import dev.patina.ui.panels.InspectorWidget;

import javax.swing.ButtonModel;
import java.util.function.Function;

/**
 * The inspector widgets of a layer, chosen by what its op declares, never by its type: a focus
 * picker for a {@link ParamRole#FOCUS} param, a light sphere for a light direction, a toggle for
 * each overlay. Made fresh each time such a layer is selected; null when the op declares none.
 */
public final class LayerWidgets implements Function<Layer, InspectorWidget> {
    private final EditorSession session;
    private final ButtonModel picking;
    private final OverlayToggles overlays;

    /**
     * @param picking  on while the focus picker is the canvas tool
     * @param overlays the overlays' view options
     */
    public LayerWidgets(EditorSession session, ButtonModel picking, OverlayToggles overlays) {
        this.session = session;
        this.picking = picking;
        this.overlays = overlays;
    }

    /** True when a layer of this schema has a focus point the picker can set. */
    static boolean hasFocus(ParamSchema schema) { return schema.spec(ParamRole.FOCUS) != null; }

    /** True when a layer of this schema has a light the sphere can move. */
    static boolean hasLight(ParamSchema schema) {
        return schema.spec(ParamRole.LIGHT_AZIMUTH) != null && schema.spec(ParamRole.LIGHT_ELEVATION) != null;
    }

    @Override public InspectorWidget apply(Layer layer) {
        Op op = OpRegistry.find(layer.type());
        if (op == null) return null;
        boolean focus = hasFocus(op.schema()), light = hasLight(op.schema());
        if (!focus && !light && op.overlays().isEmpty()) return null;
        return new LayerToolsWidget(session, op, focus ? picking : null, light, overlays);
    }
}
