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

    /**
     * The param (0..1) that only mixes the full effect into the pixels below in linear light,
     * out = below + (full − below)·p, if the layer has one (film strength, depth-of-field amount).
     * The renderer then computes the effect once at full strength and mixes per tile, so dragging
     * it costs a blend, not a new film lookup or a new lens blur. Null when there is none.
     */
    default String mixParam() { return null; }

    /** Resolves params (and any files they name, through resources) into a kernel. */
    OpKernel prepare(Params params, Resources resources);
}
