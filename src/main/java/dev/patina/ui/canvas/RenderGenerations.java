package dev.patina.ui.canvas;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Numbers every preview request. A tile carries the number of the request that produced it and is
 * painted only while that request is still the newest one, so a tile of an older document state can
 * never reach the screen, whatever order the worker threads finish in.
 */
public final class RenderGenerations {
    private final AtomicLong newest = new AtomicLong();

    /** Starts a new generation, making every earlier one stale. */
    public long next() { return newest.incrementAndGet(); }

    public long newest() { return newest.get(); }

    public boolean isCurrent(long generation) { return generation == newest.get(); }
}
