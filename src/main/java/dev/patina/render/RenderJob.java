package dev.patina.render;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** A running render: wait for it, or cancel it when a newer one supersedes it. */
public final class RenderJob {
    private final List<Future<?>> tiles;
    private final CancelToken cancel;

    RenderJob(List<Future<?>> tiles, CancelToken cancel) {
        this.tiles = tiles;
        this.cancel = cancel;
    }

    public void cancel() {
        cancel.cancel();
        for (Future<?> f : tiles) f.cancel(false);
    }

    public boolean isCancelled() { return cancel.isCancelled(); }

    public boolean isDone() {
        for (Future<?> f : tiles) if (!f.isDone()) return false;
        return true;
    }

    /**
     * Waits for every tile. Rethrows the first failure (its original exception); throws
     * CancellationException when the job was cancelled.
     */
    public void await() {
        RuntimeException failure = null;
        for (Future<?> f : tiles) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new CancellationException("interrupted");
            } catch (CancellationException e) {
                if (failure == null) failure = e;
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (failure == null || failure instanceof CancellationException) {
                    failure = c instanceof RuntimeException re ? re : new IllegalStateException(c);
                }
                cancel();
            }
        }
        if (failure != null) throw failure;
        cancel.check();
    }
}
