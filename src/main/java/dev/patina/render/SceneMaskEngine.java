package dev.patina.render;

import dev.patina.doc.Mask;
import dev.patina.image.FloatImage;
import dev.patina.ops.RenderContext;

/**
 * Finds a scene mask in a picture: the coverage (0..1, row-major over the picture, before the
 * mask's {@code inverted}) of the subject, sky, skin, faces or eyes, with the mask's expand,
 * feather and hints applied. {@code picture} is what the layer sees, the whole image at the
 * render's scale; sizes in the mask are full-size pixels, so they scale with {@code ctx.scale()}.
 */
@FunctionalInterface
public interface SceneMaskEngine {
    float[] coverage(Mask.Scene mask, FloatImage picture, RenderContext ctx);

    /** The scene package's finders: subject and sky mattes, faces, eyes, skin. */
    SceneMaskEngine FOUND = (mask, picture, ctx) -> dev.patina.scene.SceneMasks.coverage(mask, picture, ctx.scale());
}
