package dev.patina.ops.depth;

import dev.patina.doc.params.Choice;
import dev.patina.doc.params.FilePath;
import dev.patina.doc.params.Flag;
import dev.patina.doc.params.Num;

/** The depth map a layer reads, shared by depth of field and relight (flat in their files). */
public record DepthParams(
    @FilePath(label = "Depth map", ext = {".png", ".tif", ".tiff", ".pfm"},
        help = "Depth or disparity map (8/16-bit PNG or TIFF, or PFM), any size; empty = estimate") String depth,
    @Choice(label = "Depth map type", def = "near-white",
        help = "near-white: disparity-like (Depth Anything, MiDaS, ComfyUI); near-black: distance-like") DepthMode depthMode,
    @Num(label = "Near distance", min = 0.05, max = 1000, def = 0.5, unit = "m",
        help = "Distance of the nearest value of the map") double nearDistance,
    @Num(label = "Far distance", min = 0.1, max = 100000, def = 20, unit = "m",
        help = "Distance of the farthest value of the map") double farDistance,
    @Flag(label = "Zero is unknown", def = false,
        help = "Treat 0 in the map as 'no data' and fill it from neighbours (Middlebury ground truth)") boolean zeroIsUnknown) {

    public boolean hasMap() { return !depth.isEmpty(); }
}
