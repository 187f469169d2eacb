package dev.patina.ops;

import dev.patina.doc.Params;
import dev.patina.image.FloatImage;

/**
 * An analysis overlay a layer type offers the editor (the depth its blur follows, the skin it
 * retouches), declared by the op and computed by the renderer from the picture the layer sees, so
 * it shows what the layer will use. The editor knows overlays only through this declaration.
 */
public interface LayerOverlay {

    /** How the editor draws the values. */
    enum Style {
        /** Normalised inverse distance, 0 = far .. 1 = near, with an in-focus zone. */
        DEPTH_FOCUS,
        /** Normalised inverse distance, 0 = far .. 1 = near. */
        DEPTH,
        /** Coverage 0..1 of where the layer works, before its blend mask. */
        COVERAGE
    }

    /**
     * The values of one overlay over the picture it was computed for: {@code values} row-major
     * (meaning by {@link Style}), {@code inFocus} (DEPTH_FOCUS only, else null) true where sharp.
     */
    record Field(int width, int height, float[] values, boolean[] inFocus) {
        public Field {
            if (values.length != width * height || (inFocus != null && inFocus.length != values.length)) {
                throw new IllegalArgumentException("overlay field of the wrong size");
            }
        }
    }

    /** Stable id; layers whose overlays share an id share the editor's toggle ("depth"). */
    String id();

    /** The toggle's text, e.g. "Show depth". */
    String label();

    /** The toggle's tooltip. */
    String help();

    Style style();

    /** Why the overlay cannot be shown for these params (a sentence), or null when it can. */
    String unavailable(Params params);

    /** Everything the overlay's pixels depend on besides the picture below and the layer mask. */
    Object key(Params params);

    /**
     * Computes the overlay from {@code seen}, the picture the layer sees at the context's scale (the
     * whole scaled image). The context carries the layer mask when the kernel reads it.
     */
    Field compute(Params params, Resources resources, FloatImage seen, RenderContext ctx);
}
