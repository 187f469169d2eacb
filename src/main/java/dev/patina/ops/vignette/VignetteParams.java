package dev.patina.ops.vignette;

import dev.patina.doc.params.Num;

/** The vignette layer's params. */
public record VignetteParams(
    @Num(label = "Amount", min = -1, max = 1, def = -0.3,
        help = "Negative darkens the edges, positive lightens them; 0 leaves the image unchanged") double amount,
    @Num(label = "Midpoint", min = 0, max = 1, def = 0.5,
        help = "How far from the centre the falloff is half way: small values reach into the picture") double midpoint,
    @Num(label = "Roundness", min = -1, max = 1, def = 0,
        help = "-1 follows the rectangle of the frame, 0 an ellipse of the frame's proportions, 1 a circle") double roundness,
    @Num(label = "Feather", min = 0, max = 1, def = 0.6,
        help = "Width of the transition: 0 is a hard edge, 1 the gradual falloff of a real lens") double feather,
    @Num(label = "Highlight protection", min = 0, max = 1, def = 0.3,
        help = "Keeps bright areas near the edges from going grey when darkening") double highlights) {}
