package dev.patina.ops;

import dev.patina.image.DepthMap;
import dev.patina.image.Lut3D;

/**
 * Files named by params, already read and parsed by the io layer (ops never do I/O). A missing or
 * broken file throws {@link ResourceException} naming it.
 */
public interface Resources {

    Lut3D lut(String path);

    /**
     * A depth or disparity map. Default so that loaders written before depth maps existed keep
     * compiling; they simply do not offer them.
     */
    default DepthMap depthMap(String path) {
        throw new ResourceException(path, "depth maps are not supported by this loader");
    }

    /**
     * A mask image (an inpaint hole, an exclude mask), values 0..1, any size: PNG or TIFF of any bit
     * depth, colour averaged. Returned as a {@link DepthMap}, the project's grid of 0..1 values.
     */
    default DepthMap maskImage(String path) {
        throw new ResourceException(path, "mask images are not supported by this loader");
    }

    /** The file on disk a param's path names, when this loader reads files (so an export can avoid writing over it). */
    default java.util.Optional<java.nio.file.Path> fileOf(String path) {
        return java.util.Optional.empty();
    }

    /** Resources for documents whose params name no files. */
    Resources NONE = path -> { throw new ResourceException(path, "no resource loader available"); };
}
