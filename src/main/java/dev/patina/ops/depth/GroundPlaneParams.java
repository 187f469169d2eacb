package dev.patina.ops.depth;

import dev.patina.doc.params.Flag;
import dev.patina.doc.params.Num;

/** The ground plane (and the subject standing on it) a layer uses when it has no depth map. */
public record GroundPlaneParams(
    @Num(label = "Horizon", min = 0, max = 1, def = 0.5,
        help = "Without a map: height of the horizon from the top (0) to the bottom (1) of the picture") double horizon,
    @Num(label = "Horizon tilt", min = -45, max = 45, def = 0, unit = "°",
        help = "Without a map: rotation of the horizon, positive raises its right end") double tilt,
    @Flag(label = "Mask is the subject", def = true,
        help = "Without a map: the layer mask marks the subject, standing at the focus distance, instead of "
            + "limiting where the blur applies") boolean subjectFromMask) {}
