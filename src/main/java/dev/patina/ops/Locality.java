package dev.patina.ops;

/** What an op reads to produce one output pixel; the renderer schedules accordingly. */
public enum Locality {
    /** Only the same pixel: no halo. */
    POINT,
    /** A bounded neighbourhood: the op declares a halo in output pixels. */
    NEIGHBOURHOOD,
    /** The whole image: computed once per scale and params, cached, then read like a source. */
    GLOBAL
}
