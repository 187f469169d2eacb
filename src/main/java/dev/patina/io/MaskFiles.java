package dev.patina.io;

import dev.patina.doc.Layer;
import dev.patina.doc.MaskRaster;
import dev.patina.doc.ParamException;

/**
 * Where the pixels of masks live in a file: a project keeps them as PNG entries beside its JSON;
 * a preset keeps none (a painted mask belongs to one picture).
 */
interface MaskFiles {
    /** Keeps {@code raster} (the layer's painted mask, or one of its scene mask's strokes) and returns its name, or null if not kept. */
    String store(Layer layer, String role, MaskRaster raster);

    /** The raster stored under {@code name}; {@code at} is the JSON path for messages. */
    MaskRaster load(String name, String at);

    /** A preset's: nothing kept, nothing to load. */
    MaskFiles NONE = new MaskFiles() {
        @Override public String store(Layer layer, String role, MaskRaster raster) { return null; }

        @Override public MaskRaster load(String name, String at) {
            throw new ParamException(at, "painted masks and strokes are only allowed in project files");
        }
    };
}
