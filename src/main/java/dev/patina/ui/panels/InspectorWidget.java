package dev.patina.ui.panels;

import dev.patina.doc.Layer;

import javax.swing.JComponent;

/**
 * Controls a layer type adds to the inspector above its generated params: things a slider cannot
 * do well (a light direction dragged on a sphere, a focus point picked on the picture, overlays).
 */
public interface InspectorWidget {
    JComponent component();

    /** Shows the selected layer's current state; called after every change of the document. */
    void show(Layer layer);

    /** The widget leaves the inspector for good: let go of shared state (button models) it listens to. */
    default void dispose() {}
}
