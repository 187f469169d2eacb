package dev.patina.ui.overlay;

import dev.patina.ops.LayerOverlay;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;
import dev.patina.ui.files.LoadedImage;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Keeps the analysis overlay (depth, skin mask) of the selected layer in step with the document,
 * owned by the Swing thread. The picture the layer sees is the stack below it, rendered by the
 * editor's own tile renderer at the preview's scale, so its tiles usually come straight from the
 * preview's cache. The overlay is computed in the background ({@link OverlayScheduler}) and shown
 * only while its key still matches the document: an edit it depends on takes it off the screen at
 * once, and the new one appears when ready. A new zoom keeps the overlay up while it is recomputed
 * at the new scale, since its content is still right.
 */
public final class LiveOverlays implements AutoCloseable {
    /** Above this size an overlay is computed smaller and enlarged: it is a guide, not the picture. */
    static final double MAX_PIXELS = 2.5e6;
    static final long QUIET_MS = 120;

    private record Job(List<Object> key, double scale) {}

    private record Ready(Job job, FieldTint tint) {}

    private final TileRenderer renderer;
    private final OverlayScheduler scheduler;
    private final Runnable changed;
    private final Consumer<String> problem;
    private Ready ready;
    private Job pending;
    /** The last job that failed: not retried on every unrelated change, only when its inputs change. */
    private Job failed;

    /**
     * @param ui      the Swing thread's executor
     * @param changed told (on ui) when a new overlay is ready to be shown
     * @param problem told (on ui) why an overlay could not be computed
     */
    public LiveOverlays(TileRenderer renderer, Executor ui, Runnable changed, Consumer<String> problem) {
        this.renderer = renderer;
        this.scheduler = new OverlayScheduler(ui);
        this.changed = changed;
        this.problem = problem;
    }

    /**
     * The overlay to paint now for {@code subject} (null: none wanted, or none ready for this state
     * yet); starts computing it when it is missing, stale or at another scale.
     */
    public FieldTint tintFor(OverlaySubject subject, LoadedImage image, double renderScale) {
        if (subject == null || image == null) {
            if (pending != null) scheduler.cancel();
            pending = null;
            ready = null;
            return null;
        }
        Job want = new Job(subject.key(), scaleFor(renderScale, image.width(), image.height()));
        if (ready != null && !ready.job().key().equals(want.key())) ready = null;
        boolean done = ready != null && ready.job().equals(want);
        if (!done && !want.equals(pending) && !want.equals(failed)) start(subject, image, want);
        else if (done && pending != null) {
            // Back at the scale that is on screen: the computation for another scale is not needed.
            scheduler.cancel();
            pending = null;
        }
        return ready == null ? null : ready.tint();
    }

    /** True when nothing is waiting or being computed: what is shown is final for this state. */
    public boolean isSettled() { return pending == null; }

    /** The scale an overlay is computed at: the preview's, unless the whole image would be too large. */
    static double scaleFor(double renderScale, int width, int height) {
        return Math.min(renderScale, Math.min(1, Math.sqrt(MAX_PIXELS / ((double) width * height))));
    }

    private void start(OverlaySubject subject, LoadedImage image, Job job) {
        pending = job;
        failed = null;
        scheduler.request(cancel -> {
            RenderRequest seenBy = new RenderRequest(subject.below(), image.pyramid(), image.resources(), job.scale(),
                RenderRequest.scaledBounds(image.pyramid(), job.scale()), true);
            LayerOverlay.Field f = renderer.overlay(seenBy, subject.layer(), subject.overlay(), cancel);
            return new FieldTint(OverlayFields.colours(subject.overlay().style(), f));
        }, QUIET_MS, tint -> {
            pending = null;
            ready = new Ready(job, tint);
            changed.run();
        }, error -> {
            pending = null;
            failed = job;
            problem.accept(describe(error));
        });
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return "Overlay not shown: " + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
    }

    @Override public void close() {
        scheduler.close();
    }
}
