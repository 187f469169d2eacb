package dev.patina.ui.widgets;

import dev.patina.doc.Layer;
import dev.patina.ops.dof.DepthOfFieldOp;
import dev.patina.ops.relight.RelightOp;
import dev.patina.ops.skin.SkinRetouchOp;
import dev.patina.ui.EditorSession;
import dev.patina.ui.panels.InspectorWidget;

import javax.swing.ButtonModel;
import java.util.function.Function;

/** The inspector widgets of the layer types that have them, made fresh each time such a layer is selected. */
public final class LayerWidgets implements Function<Layer, InspectorWidget> {
    private final EditorSession session;
    private final ButtonModel picking, showDepth, showSkin;

    /**
     * @param picking   on while the focus picker is the canvas tool
     * @param showDepth the depth overlay's view option (depth of field and relight)
     * @param showSkin  the skin-mask overlay's view option
     */
    public LayerWidgets(EditorSession session, ButtonModel picking, ButtonModel showDepth, ButtonModel showSkin) {
        this.session = session;
        this.picking = picking;
        this.showDepth = showDepth;
        this.showSkin = showSkin;
    }

    @Override public InspectorWidget apply(Layer layer) {
        return switch (layer.type()) {
            case DepthOfFieldOp.ID -> new DepthOfFieldWidget(picking, showDepth);
            case RelightOp.ID -> new RelightWidget(session, showDepth);
            case SkinRetouchOp.ID -> new SkinRetouchWidget(showSkin);
            default -> null;
        };
    }
}
