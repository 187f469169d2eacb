package dev.patina.ops.filmstock;

import dev.patina.image.Srgb;

/**
 * The parametric look of one film stock, evaluated per colour. Input is linear-light sRGB in [0,1];
 * output is sRGB-encoded, because that is what a LUT over encoded input stores.
 */
sealed interface StockModel permits StockModel.Colour, StockModel.Mono {

    void render(double r, double g, double b, double[] encodedOut);

    /**
     * A colour negative/print chain: a 3x3 crosstalk matrix on exposure (rows sum to 1 so greys stay
     * grey; off-diagonals model the overlapping spectral sensitivities and dye crosstalk, i.e.
     * saturation and hue rendering), a tone curve per channel, then a per-channel black point and
     * white point on the encoded output (lifted, tinted shadows and faded, tinted highlights).
     */
    record Colour(double[] crosstalk, ToneCurve[] curves, double[] black, double[] white) implements StockModel {
        public Colour {
            if (crosstalk.length != 9 || curves.length != 3 || black.length != 3 || white.length != 3) {
                throw new IllegalArgumentException("colour stock needs a 3x3 matrix and 3 curves, blacks and whites");
            }
            crosstalk = crosstalk.clone();
            curves = curves.clone();
            black = black.clone();
            white = white.clone();
        }

        @Override public void render(double r, double g, double b, double[] out) {
            for (int c = 0; c < 3; c++) {
                double e = crosstalk[3 * c] * r + crosstalk[3 * c + 1] * g + crosstalk[3 * c + 2] * b;
                double v = Srgb.encodeExact(Math.min(1.0, curves[c].apply(e)));
                out[c] = black[c] + (white[c] - black[c]) * v;
            }
        }
    }

    /**
     * A black-and-white stock: a panchromatic luminance (the film's own red/green/blue sensitivity
     * weights, summing to 1) through one tone curve, with a black and white point. Output is exactly
     * neutral.
     */
    record Mono(double[] weights, ToneCurve curve, double black, double white) implements StockModel {
        public Mono {
            if (weights.length != 3) throw new IllegalArgumentException("mono stock needs 3 weights");
            weights = weights.clone();
        }

        @Override public void render(double r, double g, double b, double[] out) {
            double y = weights[0] * r + weights[1] * g + weights[2] * b;
            double v = black + (white - black) * Srgb.encodeExact(Math.min(1.0, curve.apply(y)));
            out[0] = v;
            out[1] = v;
            out[2] = v;
        }
    }
}
