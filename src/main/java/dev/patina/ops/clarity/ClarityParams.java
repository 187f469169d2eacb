package dev.patina.ops.clarity;

import dev.patina.doc.params.Num;

/** The clarity layer's params. */
public record ClarityParams(
    @Num(label = "Amount", min = -1, max = 1, def = -0.2,
        help = "Positive adds local contrast, negative softens it; 0 leaves the image unchanged") double amount,
    @Num(label = "Radius", min = 0.25, max = 4, def = 1, unit = "×",
        help = "Size of the structures affected, relative to the image (1 = about 0.45% of the diagonal)") double radius,
    @Num(label = "Edge protection", min = 0, max = 1, def = 0.5,
        help = "How strong an edge must be to be left alone: higher protects more and avoids halos") double edges) {}
