package dev.patina.ops.inpaint;

/** A hole that cannot be filled (it covers the whole picture or leaves nothing to copy from). */
public final class InpaintException extends RuntimeException {
    public InpaintException(String message) {
        super(message);
    }
}
