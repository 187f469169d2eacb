package dev.patina.ops;

import dev.patina.image.Lut3D;

/**
 * Files named by params, already read and parsed by the io layer (ops never do I/O). A missing or
 * broken file throws {@link ResourceException} naming it.
 */
public interface Resources {

    Lut3D lut(String path);

    /** Resources for documents whose params name no files. */
    Resources NONE = path -> { throw new ResourceException(path, "no resource loader available"); };
}
