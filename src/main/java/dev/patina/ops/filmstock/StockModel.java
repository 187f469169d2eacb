package dev.patina.ops.filmstock;

import dev.patina.image.Srgb;

/**
 * The parametric look of one film stock, evaluated per colour. Input is linear-light sRGB in [0,1];
 * output is sRGB-encoded, because that is what a LUT over encoded input stores.
 */
sealed interface StockModel permits StockModel.Colour, StockModel.Mono {

    void render(double r, double g, double b, double[] encodedOut);

    /**
     * A colour negative/print chain. A 3x3 sensitivity matrix mixes the exposure (the film layers'
     * overlapping spectral sensitivities), a tone curve per channel shapes contrast, toe and shoulder,
     * a second 3x3 dye matrix mixes the developed channels (dye crosstalk: saturation and hue
     * rendering that depend on density), a {@link ChromaResponse} sets the print's saturation per
     * hue direction, and a per-channel black and white point on the encoded
     * output gives lifted, tinted shadows and faded, tinted highlights. Matrix rows sum to 1 so
     * greys stay grey through both matrices; the output is clipped to the [0,1] a print can show.
     */
    record Colour(double[] sensitivity, ToneCurve[] curves, double[] dyes, ChromaResponse chroma,
                  double[] black, double[] white) implements StockModel {
        public Colour {
            if (sensitivity.length != 9 || dyes.length != 9 || curves.length != 3 || black.length != 3 || white.length != 3) {
                throw new IllegalArgumentException("colour stock needs two 3x3 matrices and 3 curves, blacks and whites");
            }
            sensitivity = sensitivity.clone();
            curves = curves.clone();
            dyes = dyes.clone();
            black = black.clone();
            white = white.clone();
        }

        @Override public void render(double r, double g, double b, double[] out) {
            double d0 = curves[0].apply(sensitivity[0] * r + sensitivity[1] * g + sensitivity[2] * b);
            double d1 = curves[1].apply(sensitivity[3] * r + sensitivity[4] * g + sensitivity[5] * b);
            double d2 = curves[2].apply(sensitivity[6] * r + sensitivity[7] * g + sensitivity[8] * b);
            for (int c = 0; c < 3; c++) out[c] = dyes[3 * c] * d0 + dyes[3 * c + 1] * d1 + dyes[3 * c + 2] * d2;
            chroma.apply(out);
            for (int c = 0; c < 3; c++) {
                double v = Srgb.encodeExact(clip(out[c]));
                out[c] = clip(black[c] + (white[c] - black[c]) * v);
            }
        }
    }

    private static double clip(double v) {
        return v < 0 ? 0 : Math.min(v, 1);
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
            double v = clip(black + (white - black) * Srgb.encodeExact(Math.min(1.0, curve.apply(y))));
            out[0] = v;
            out[1] = v;
            out[2] = v;
        }
    }
}
