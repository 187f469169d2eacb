package dev.patina.ops.dof;

import dev.patina.doc.ImagePoint;
import dev.patina.doc.ParamRole;
import dev.patina.doc.params.Group;
import dev.patina.doc.params.Num;
import dev.patina.doc.params.Point;
import dev.patina.ops.depth.DepthParams;
import dev.patina.ops.depth.GroundPlaneParams;

/** The depth-of-field layer's params (version 2: the focus point is one {@code focus} [x, y]). */
public record DepthOfFieldParams(
    @Num(label = "Amount", min = 0, max = 1, def = 1, mix = true,
        help = "Blend of the defocused result over the original; 0 leaves the image unchanged") double amount,
    @Point(label = "Focus point", x = 0.5, y = 0.6, role = ParamRole.FOCUS,
        help = "The point of the picture that is sharp (x from the left, y from the top, 0..1); its depth is the focal plane") ImagePoint focus,
    @Num(label = "Aperture", min = 0.95, max = 22, def = 2.8, unit = "f/",
        help = "f-number: smaller is a wider aperture and a shallower depth of field") double fNumber,
    @Num(label = "Focal length", min = 12, max = 800, def = 50, unit = "mm",
        help = "Full-frame equivalent focal length; longer lenses blur the background more") double focalLength,
    @Num(label = "Aperture blades", min = 0, max = 16, def = 0,
        help = "0 = round bokeh (1 and 2 too), 3 or more = a polygon with that many sides, one corner up (rounded to a whole number)") double blades,
    @Group DepthParams depth,
    @Group GroundPlaneParams ground) {

    /** Everything that decides which pixels are in focus: all but the mix and the bokeh shape. */
    Object focusKey() { return java.util.List.of(focus, fNumber, focalLength, depth, ground); }
}
