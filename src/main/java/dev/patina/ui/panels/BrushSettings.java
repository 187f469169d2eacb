package dev.patina.ui.panels;

import java.util.ArrayList;
import java.util.List;

/** Size (radius in image pixels), hardness and flow of the mask brush, shared by the panel, canvas and shortcuts. */
public final class BrushSettings {
    public static final double MIN_SIZE = 1, MAX_SIZE = 2000;
    private double radius = 60, hardness = 0.5, flow = 0.8;
    private final List<Runnable> listeners = new ArrayList<>();

    public double radius() { return radius; }

    public double hardness() { return hardness; }

    public double flow() { return flow; }

    public void setRadius(double r) { radius = Math.max(MIN_SIZE, Math.min(MAX_SIZE, r)); fire(); }

    public void setHardness(double h) { hardness = Math.max(0, Math.min(1, h)); fire(); }

    public void setFlow(double f) { flow = Math.max(0.01, Math.min(1, f)); fire(); }

    /** [ and ] step the size by a fifth, as Photoshop's brackets do, so small and large brushes change alike. */
    public void grow() { setRadius(Math.max(radius + 1, radius * 1.2)); }

    public void shrink() { setRadius(Math.min(radius - 1, radius / 1.2)); }

    public void addListener(Runnable r) { listeners.add(r); }

    private void fire() { for (Runnable r : listeners) r.run(); }
}
