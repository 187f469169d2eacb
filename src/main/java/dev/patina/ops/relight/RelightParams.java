package dev.patina.ops.relight;

import dev.patina.doc.ParamRole;
import dev.patina.doc.params.Group;
import dev.patina.doc.params.Num;
import dev.patina.ops.depth.DepthParams;

/** The relight layer's params. */
public record RelightParams(
    @Num(label = "Amount", min = 0, max = 1, def = 1, mix = true,
        help = "Blend of the relit result over the original; 0 leaves the image unchanged") double amount,
    @Num(label = "Direction", min = 0, max = 360, def = 45, unit = "°", role = ParamRole.LIGHT_AZIMUTH,
        help = "Where the light comes from: 0 = the camera's left, 90 = above, 180 = the right, 270 = below") double azimuth,
    @Num(label = "Elevation", min = 0, max = 90, def = 35, unit = "°", role = ParamRole.LIGHT_ELEVATION,
        help = "Angle of the light out of the picture towards the camera: 0 = grazing from the side, 90 = on-axis frontal") double elevation,
    @Num(label = "Intensity", min = 0, max = 2, def = 1, help = "Strength of the new key light") double intensity,
    @Num(label = "Softness", min = 0, max = 1, def = 0.3, role = ParamRole.LIGHT_SOFTNESS,
        help = "0 = hard light with a crisp terminator, 1 = large soft source wrapping around forms") double softness,
    @Num(label = "Ambient", min = 0, max = 1, def = 0.35,
        help = "How much of the (flattened) original light stays as fill") double ambient,
    @Num(label = "Temperature", min = 1800, max = 12000, def = 6500, unit = "K", role = ParamRole.LIGHT_TEMPERATURE,
        help = "Colour temperature of the key light (blackbody); ambient keeps the original colour") double temperature,
    @Num(label = "Flatten", min = 0, max = 1, def = 0.5,
        help = "How much of the existing frontal light to take out first; 1 assumes the original is lit on-axis") double flatten,
    @Num(label = "Cast shadows", min = 0, max = 1, def = 0.6,
        help = "Darkness of the shadows the key light casts (needs a depth map); 0 = none") double shadows,
    @Group DepthParams depth) {}
