package dev.patina.doc;

import java.util.Locale;

/**
 * Where the user says the subject is: a box as fractions of the picture (x0, y0 top left; x1, y1
 * bottom right). A box reaching past the picture is clipped to it; one wholly outside is refused.
 */
public record HintBox(double x0, double y0, double x1, double y1) {
    public HintBox {
        if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1))) {
            throw new ParamException("hint", "the box must be four finite numbers");
        }
        if (!(x1 > x0 && y1 > y0)) throw new ParamException("hint", "the box must run from its top left to its bottom right corner");
        if (x1 <= 0 || y1 <= 0 || x0 >= 1 || y0 >= 1) {
            throw new ParamException("hint", String.format(Locale.ROOT, "the box [%s, %s, %s, %s] lies outside the picture (0..1)",
                ParamSpec.fmt(x0), ParamSpec.fmt(y0), ParamSpec.fmt(x1), ParamSpec.fmt(y1)));
        }
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(1, x1);
        y1 = Math.min(1, y1);
    }
}
