package dev.patina.render;

import dev.patina.doc.Document;
import dev.patina.image.Pyramid;
import dev.patina.image.Rect;
import dev.patina.ops.Resources;

/**
 * What to render: a document over its source, at a scale (output pixels per full-resolution
 * pixel), the region of the scaled image wanted, and whether intermediate tiles may be cached
 * (interactive previews: yes; one-off exports: no).
 */
public record RenderRequest(Document document, Pyramid source, Resources resources, double scale, Rect region,
                            boolean useCache) {

    /** The whole image at a scale, uncached. */
    public static RenderRequest whole(Document doc, Pyramid source, Resources resources, double scale) {
        return new RenderRequest(doc, source, resources, scale, scaledBounds(source, scale), false);
    }

    public static Rect scaledBounds(Pyramid source, double scale) {
        return Rect.of(dev.patina.image.Resample.scaledSize(source.width(), scale),
            dev.patina.image.Resample.scaledSize(source.height(), scale));
    }
}
