package dev.patina.ui.panels;

import dev.patina.ui.EditorSession;

import javax.swing.JSlider;

/**
 * Turns one drag of a slider into one undo step: every change while the knob is held carries the
 * same merge key; releasing it seals the step. Keyboard changes (arrows) are one step each.
 */
final class SliderDrag {
    private final EditorSession session;
    private Object key;

    SliderDrag(EditorSession session) { this.session = session; }

    /** The merge key for the slider's current change. */
    Object keyFor(JSlider slider) {
        if (!slider.getValueIsAdjusting()) {
            Object k = key;
            key = null;
            return k;
        }
        if (key == null) key = new Object();
        return key;
    }

    /** Call after applying a change: ends the step when the knob was released. */
    void afterChange(JSlider slider) {
        if (!slider.getValueIsAdjusting()) session.sealStep();
    }
}
