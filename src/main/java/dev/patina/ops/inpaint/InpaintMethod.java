package dev.patina.ops.inpaint;

import dev.patina.doc.params.Named;

/** How the inpaint layer fills its hole. */
public enum InpaintMethod implements Named {
    /** Thin strokes by the marching fill, anything thicker by patch synthesis. */
    AUTO("auto"),
    /** Always patch synthesis. */
    PATCH("patch"),
    /** Always the marching (diffusion-like) fill. */
    SMOOTH("smooth");

    private final String id;

    InpaintMethod(String id) { this.id = id; }

    @Override public String id() { return id; }

    Inpainter.Method method() {
        return switch (this) {
            case AUTO -> Inpainter.Method.AUTO;
            case PATCH -> Inpainter.Method.PATCH;
            case SMOOTH -> Inpainter.Method.SMOOTH;
        };
    }
}
