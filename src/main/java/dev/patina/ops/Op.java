package dev.patina.ops;

import dev.patina.doc.ParamSchema;
import dev.patina.doc.Params;

/**
 * A layer type: its declared params and how to turn params into a runnable kernel. Every op extends
 * {@link TypedOp}, which derives the schema from the op's params record and hands the kernel the
 * record; this interface is what the renderer, the files and the editor see.
 */
public interface Op {

    /** Stable id used in files, e.g. "grain". */
    default String id() { return schema().typeId(); }

    /** Name shown to users, e.g. "Grain". */
    String displayName();

    /** One line on what the layer is for. */
    String description();

    ParamSchema schema();

    /** The analysis overlays this layer type offers the editor, in the order it shows them. */
    default java.util.List<LayerOverlay> overlays() { return java.util.List.of(); }

    /** Resolves params (and any files they name, through resources) into a kernel. Ops extend {@link TypedOp}. */
    OpKernel prepare(Params params, Resources resources);
}
