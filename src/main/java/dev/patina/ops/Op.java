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

    /**
     * Where a new layer of this type goes in the stack, in the order the physics has it (a repair
     * before the light, the light before the lens, the lens before the film, grain last):
     * {@link StackPlace}. A user may move it anywhere.
     */
    default StackPlace place() { return StackPlace.TONE; }

    /**
     * The mask a new layer of this type gets on a portrait (a picture with a face), found in the
     * picture: the person for a layer that works on a subject (depth of field's sharp subject,
     * relight's lit shape), skin calibrated on the face for skin retouch; none by default.
     */
    default java.util.Optional<dev.patina.doc.SceneKind> portraitMask() { return java.util.Optional.empty(); }

    /**
     * True when the layer replaces what its mask covers with what surrounds it (inpaint): the
     * editor's Heal tool paints into such a layer's mask and the layer fills the stroke.
     */
    default boolean fillsMask() { return false; }

    /** The analysis overlays this layer type offers the editor, in the order it shows them. */
    default java.util.List<LayerOverlay> overlays() { return java.util.List.of(); }

    /** Resolves params (and any files they name, through resources) into a kernel. Ops extend {@link TypedOp}. */
    OpKernel prepare(Params params, Resources resources);
}
