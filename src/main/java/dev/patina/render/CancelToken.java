package dev.patina.render;

import java.util.concurrent.CancellationException;

/** A flag a newer request (or the user) sets to stop a render; workers check it between steps. */
public final class CancelToken {
    private volatile boolean cancelled;

    public void cancel() { cancelled = true; }

    public boolean isCancelled() { return cancelled; }

    public void check() {
        if (cancelled) throw new CancellationException("render cancelled");
    }
}
