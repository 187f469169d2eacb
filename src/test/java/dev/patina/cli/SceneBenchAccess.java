package dev.patina.cli;

public final class SceneBenchAccess {
    public static dev.patina.image.FloatImage sized(dev.patina.image.FloatImage i, long px) { return SceneBench.sized(i, px); }
}
