package dev.patina.ui.canvas;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;

/**
 * The tiles on screen for one preview pipeline (the edited picture or the original), owned by the
 * Swing thread. The picture of the previous generation stays up only until the new generation's
 * coarse pass covers the view, so dragging a slider never flashes an empty canvas; after that only
 * tiles of the newest generation are painted, full detail over coarse.
 */
final class PreviewSurface {
    private long generation = -1;
    private List<PreviewTile> previous = List.of();
    private final List<PreviewTile> coarse = new ArrayList<>();
    private final List<PreviewTile> fine = new ArrayList<>();
    private boolean finished;

    /** A new request was made: its tiles replace the current ones as they arrive. */
    void startGeneration(long gen) {
        List<PreviewTile> shown = new ArrayList<>(coarse);
        shown.addAll(fine);
        if (!shown.isEmpty()) previous = shown;
        generation = gen;
        coarse.clear();
        fine.clear();
        finished = false;
    }

    void add(PreviewTile t) {
        if (t.generation() != generation) return;
        (t.fine() ? fine : coarse).add(t);
    }

    void coarseFinished(long gen) {
        if (gen == generation) previous = List.of();
    }

    void finish(long gen) {
        if (gen != generation) return;
        finished = true;
        previous = List.of();
        coarse.clear();
    }

    boolean isFinished() { return finished; }

    long generation() { return generation; }

    List<PreviewTile> fineTiles() { return fine; }

    void clear() {
        previous = List.of();
        coarse.clear();
        fine.clear();
        finished = false;
    }

    /** Paints in device pixels (g has no scaling). */
    void paint(Graphics2D g, Viewport vp) {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        for (PreviewTile t : previous) draw(g, vp, t);
        for (PreviewTile t : coarse) draw(g, vp, t);
        // Full detail is shown pixel for pixel, enlarged without blur beyond 100%, and reduced
        // smoothly where the render scale was snapped above the zoom.
        for (PreviewTile t : fine) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, t.scale() > vp.zoom() + 1e-9
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            draw(g, vp, t);
        }
    }

    private static void draw(Graphics2D g, Viewport vp, PreviewTile t) {
        double s = t.scale();
        int x0 = (int) Math.round(vp.toDeviceX(t.rect().x() / s)), x1 = (int) Math.round(vp.toDeviceX(t.rect().right() / s));
        int y0 = (int) Math.round(vp.toDeviceY(t.rect().y() / s)), y1 = (int) Math.round(vp.toDeviceY(t.rect().bottom() / s));
        g.drawImage(t.image(), x0, y0, x1, y1, 0, 0, t.rect().width(), t.rect().height(), null);
    }
}
