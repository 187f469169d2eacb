package dev.patina.ui.overlay;

import dev.patina.render.CancelToken;
import dev.patina.ui.canvas.RenderGenerations;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one overlay computation at a time on its own background thread, newest request only: a
 * request waits for a quiet moment (a slider drag asks many times a second), replaces a request
 * still waiting and cancels one already running. Results and failures are handed to the ui
 * executor only while their request is still the newest, checked there again, so a result of an
 * older document state never reaches the screen, whatever order things finish in. Request and
 * cancel from the ui thread only.
 */
final class OverlayScheduler implements AutoCloseable {

    /** Work for the background thread; it should check the token between long steps. */
    interface Work<T> {
        T compute(CancelToken cancel) throws Exception;
    }

    private final Executor ui;
    private final ScheduledThreadPoolExecutor worker;
    private final RenderGenerations generations = new RenderGenerations();
    private CancelToken running = new CancelToken();
    private ScheduledFuture<?> waiting;

    OverlayScheduler(Executor ui) {
        this.ui = ui;
        this.worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "patina-overlay");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        // No thread is kept while no overlay is on.
        worker.setKeepAliveTime(5, TimeUnit.SECONDS);
        worker.allowCoreThreadTimeOut(true);
        worker.setRemoveOnCancelPolicy(true);
    }

    /** Replaces whatever was requested before; runs {@code work} after {@code quietMs} without a newer request. */
    <T> long request(Work<T> work, long quietMs, Consumer<T> done, Consumer<Throwable> failed) {
        cancel();
        long gen = generations.next();
        CancelToken token = new CancelToken();
        running = token;
        waiting = worker.schedule(() -> run(gen, token, work, done, failed), quietMs, TimeUnit.MILLISECONDS);
        return gen;
    }

    private <T> void run(long gen, CancelToken token, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        if (!generations.isCurrent(gen) || token.isCancelled()) return;
        try {
            T result = work.compute(token);
            ui.execute(() -> { if (generations.isCurrent(gen)) done.accept(result); });
        } catch (CancellationException e) {
            // Superseded by a newer request: nothing to report. A cancellation that is not ours
            // still ends this request, so the caller does not wait for it forever.
            if (!token.isCancelled()) ui.execute(() -> { if (generations.isCurrent(gen)) failed.accept(e); });
        } catch (Exception | Error e) {
            if (!token.isCancelled()) ui.execute(() -> { if (generations.isCurrent(gen)) failed.accept(e); });
        }
    }

    /** Drops the waiting request and stops the running one; neither will report. */
    void cancel() {
        generations.next();
        running.cancel();
        if (waiting != null) waiting.cancel(false);
        waiting = null;
    }

    @Override public void close() {
        cancel();
        worker.shutdownNow();
    }
}
