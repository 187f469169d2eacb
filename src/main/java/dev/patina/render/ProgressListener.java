package dev.patina.render;

/** Told after each finished tile; called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
    void progress(int tilesDone, int tilesTotal);

    ProgressListener NONE = (d, t) -> { };
}
