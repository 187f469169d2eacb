package dev.patina.render;

/** The scene-mask engine renderers use unless given another. */
final class SceneMaskEngines {
    private SceneMaskEngines() {}

    static final SceneMaskEngine DEFAULT = SceneMaskEngine.NONE;
}
