package dev.patina.ops.filmstock;

/**
 * A film characteristic curve for one channel: an S-curve in log exposure. With t = ln(x/pivot),
 * the curve is R(contrast * t) with R(t) = (1 + e^-t)^-toe, normalised so that exposure 1 (diffuse
 * white) maps to 1. In linear terms this is a Naka-Rushton style response
 * {@code (1 + (x/pivot)^-contrast)^-toe}: far below the pivot it behaves like x^(contrast*toe) (the
 * toe, where a larger product crushes shadows), far above it rolls off towards a ceiling (the
 * shoulder). {@code contrast} sets the gamma around the pivot, {@code toe} shifts the balance
 * between toe and shoulder, {@code pivot} (linear exposure) places the bend; per channel, the pivot
 * also acts as a mid-tone colour balance.
 */
record ToneCurve(double contrast, double pivot, double toe) {

    ToneCurve {
        if (!(contrast > 0 && pivot > 0 && toe > 0)) throw new IllegalArgumentException("tone curve needs positive parameters");
    }

    /** Linear exposure in, linear output in [0, ~1] out; 0 maps to 0 and 1 maps to 1. */
    double apply(double x) {
        if (!(x > 0)) return 0;
        return raw(x) / raw(1.0);
    }

    private double raw(double x) {
        return Math.pow(1 + Math.pow(x / pivot, -contrast), -toe);
    }
}
