package dev.patina.ui.overlay;

import javax.swing.JToggleButton;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The editor's view options for analysis overlays, one toggle per overlay id: layers whose overlays
 * share an id ("depth" of depth of field and of relight) share the toggle, so switching layers keeps
 * the overlay on.
 */
public final class OverlayToggles {
    private final Map<String, JToggleButton.ToggleButtonModel> models = new LinkedHashMap<>();
    private final Runnable changed;

    /** @param changed run (on the Swing thread) when any toggle changes */
    public OverlayToggles(Runnable changed) { this.changed = changed; }

    /** The toggle of overlay {@code id}, made on first use. */
    public JToggleButton.ToggleButtonModel model(String id) {
        return models.computeIfAbsent(id, k -> {
            JToggleButton.ToggleButtonModel m = new JToggleButton.ToggleButtonModel();
            m.addItemListener(e -> changed.run());
            return m;
        });
    }

    /** Ids of the overlays switched on. */
    public Set<String> shown() {
        Set<String> on = new LinkedHashSet<>();
        models.forEach((id, m) -> { if (m.isSelected()) on.add(id); });
        return on;
    }
}
