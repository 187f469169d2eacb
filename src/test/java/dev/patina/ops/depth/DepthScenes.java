package dev.patina.ops.depth;

import dev.patina.image.DepthMap;
import dev.patina.image.Lut3D;
import dev.patina.ops.ResourceException;
import dev.patina.ops.Resources;

/** Synthetic depth maps with known distances, served to ops as a resource. */
public final class DepthScenes {
    private DepthScenes() {}

    /** A near-black (distance-like) map value for distance d with the default near 0.5 m and far 20 m. */
    public static float valueFor(double d) {
        return (float) ((d - 0.5) / (20 - 0.5));
    }

    /** Resources that answer every depth path with this map. */
    public static Resources serving(DepthMap map) {
        return new Resources() {
            @Override public Lut3D lut(String path) { throw new ResourceException(path, "no LUTs in tests"); }

            @Override public DepthMap depthMap(String path) { return map; }
        };
    }
}
