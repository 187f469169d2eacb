package dev.patina.ops;

import dev.patina.doc.ParamSchema;
import dev.patina.doc.Params;

/** A layer type: its declared params and how to turn params into a runnable kernel. */
public interface Op {

    /** Stable id used in files, e.g. "grain". */
    default String id() { return schema().typeId(); }

    /** Name shown to users, e.g. "Grain". */
    String displayName();

    /** One line on what the layer is for. */
    String description();

    ParamSchema schema();

    /** Resolves params (and any files they name, through resources) into a kernel. */
    OpKernel prepare(Params params, Resources resources);
}
