package dev.patina.render;

/** The scene-mask engine renderers use unless given another. */
final class SceneMaskEngines {
    private SceneMaskEngines() {}

    /** The scene package's finders: subject and sky mattes, faces, eyes, skin. */
    static final SceneMaskEngine DEFAULT = (mask, picture, ctx) -> dev.patina.scene.SceneMasks.coverage(mask, picture, ctx.scale());
}
