package dev.patina.scene;

/**
 * A cheap test a window must pass before the cascade looks at it, in the coordinates of the image
 * being scanned. The skin gate rejects most windows of a landscape in four lookups, where the
 * cascade would spend dozens of features on each.
 */
@FunctionalInterface
public interface WindowGate {
    WindowGate ALL = (x, y, w, h) -> true;

    boolean worthScanning(double x, double y, double w, double h);
}
