package dev.patina.ops.grain;

import dev.patina.doc.params.Num;

/** The grain layer's params. */
public record GrainParams(
    @Num(label = "Amount", min = 0, max = 1, def = 0.25,
        help = "Strength of the grain; 0 leaves the image unchanged") double amount,
    @Num(label = "Size", min = 0.25, max = 4, def = 1, unit = "×",
        help = "Grain size relative to the frame: 1 = ISO 400 film on a 35 mm frame, 2 = twice as coarse") double size,
    @Num(label = "Colour", min = 0, max = 1, def = 0.15,
        help = "0 = neutral (luminance) grain, 1 = independent grain in each dye layer") double colour,
    @Num(label = "Roughness", min = 0, max = 1, def = 0.5,
        help = "How much the grain stays in the highlights: 0 = midtones only, 1 = even across tones") double roughness) {}
