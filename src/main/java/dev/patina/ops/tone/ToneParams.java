package dev.patina.ops.tone;

import dev.patina.doc.params.Num;

/** The tone-and-colour layer's params, in the order of Lightroom's Basic panel; all 0 is no change. */
public record ToneParams(
    @Num(label = "Temperature", min = -1, max = 1, def = 0,
        help = "Warms (positive) or cools (negative) the white balance; grey keeps its brightness") double temperature,
    @Num(label = "Tint", min = -1, max = 1, def = 0,
        help = "Towards magenta (positive) or green (negative)") double tint,
    @Num(label = "Exposure", min = -4, max = 4, def = 0, unit = "EV",
        help = "Brightness in stops, as the camera's exposure: +1 doubles the light") double exposure,
    @Num(label = "Contrast", min = -1, max = 1, def = 0,
        help = "An S-curve about the midtones: deeper shadows and brighter highlights, or a flatter picture") double contrast,
    @Num(label = "Highlights", min = -1, max = 1, def = 0,
        help = "Darkens (negative) or brightens the bright tones, leaving the shadows") double highlights,
    @Num(label = "Shadows", min = -1, max = 1, def = 0,
        help = "Lifts (positive) or deepens the dark tones, leaving the highlights") double shadows,
    @Num(label = "Whites", min = -1, max = 1, def = 0,
        help = "Moves the white point: positive makes the brightest tones white sooner") double whites,
    @Num(label = "Blacks", min = -1, max = 1, def = 0,
        help = "Moves the black point: positive lifts the blacks (a matte look), negative crushes them") double blacks,
    @Num(label = "Vibrance", min = -1, max = 1, def = 0,
        help = "Saturation of the muted colours, leaving those already saturated") double vibrance,
    @Num(label = "Saturation", min = -1, max = 1, def = 0,
        help = "Saturation of every colour; -1 is black and white") double saturation) {}
