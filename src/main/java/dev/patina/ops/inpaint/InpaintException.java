package dev.patina.ops.inpaint;

import dev.patina.ops.OpInputException;

/** A hole that cannot be filled (it covers the whole picture or leaves nothing to copy from). */
public final class InpaintException extends OpInputException {
    public InpaintException(String message) {
        super("inpaint: " + message);
    }
}
