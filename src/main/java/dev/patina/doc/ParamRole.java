package dev.patina.doc;

/**
 * What a param means to tools outside its op, so the editor can attach a widget to any layer that
 * has a param of that meaning (a focus picker to a focus point, a light sphere to a light
 * direction) without knowing the op or naming the param.
 */
public enum ParamRole {
    NONE,
    /** The point of the picture that is in focus (an {@link ImagePoint}). */
    FOCUS,
    /** How the focus is chosen (a choice whose "point" means: the {@link #FOCUS} param as set). */
    FOCUS_MODE,
    /** Where a light comes from, in degrees: 0 = the camera's left, 90 = above. */
    LIGHT_AZIMUTH,
    /** Angle of a light out of the picture plane, in degrees: 90 = on-axis. */
    LIGHT_ELEVATION,
    /** Size of a light source, 0 (hard) .. 1 (soft). */
    LIGHT_SOFTNESS,
    /** Colour temperature of a light, in kelvin. */
    LIGHT_TEMPERATURE,
    /**
     * How big faces are in the picture: 1 for a head-and-shoulders portrait (eyes a tenth of the
     * diagonal apart), 0.5 for faces half that size. An op whose texture scales with the face
     * (blotches, pores) starts from the faces found rather than from the image's size alone.
     */
    FACE_SCALE
}
