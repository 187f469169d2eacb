package dev.patina.ops.inpaint;

import dev.patina.doc.params.Choice;
import dev.patina.doc.params.FilePath;
import dev.patina.doc.params.Num;

/** The inpaint layer's params. The hole is the layer's mask unless {@code hole} names a mask file. */
public record InpaintParams(
    @Num(label = "Amount", min = 0, max = 1, def = 1, mix = true,
        help = "Blend of the fill over the original (fade it); 0 leaves the image unchanged") double amount,
    @Choice(label = "Method", def = "auto",
        help = "auto: thin strokes by a marching fill, larger holes by patch synthesis; patch; smooth") InpaintMethod method,
    @Num(label = "Source radius", min = 0, max = 20, def = 2, unit = "×",
        help = "How far around the hole to take texture from, as a multiple of the hole's size; 0 = the whole image") double sourceRadius,
    @FilePath(label = "Hole", ext = {".png", ".tif", ".tiff"},
        help = "Mask image of the hole (white = fill), any size (resampled); empty = the layer's mask") String hole,
    @FilePath(label = "Exclude", ext = {".png", ".tif", ".tiff"},
        help = "Mask image (white) of regions never to copy from, any size; empty = none") String exclude,
    @Num(label = "Seed", min = 0, max = 1_000_000, def = 0,
        help = "Seed of the patch search (a whole number); the same seed gives the same fill") double seed) {

    boolean holeFromFile() { return !hole.isEmpty(); }
}
