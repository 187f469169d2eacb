package dev.patina.ops.filmstock;

/** The fitted parameters of every built-in stock. */
final class StockConstants {
    private StockConstants() {}

    private static final double[] NO_CROSSTALK = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    static final StockModel PORTRA_400 = colour(NO_CROSSTALK, NO_CROSSTALK, ChromaResponse.NEUTRAL, 1.2, 1.2, 1.2, 0.5, 0.5, 0.5, 1.0, 0, 0, 0, 1, 1, 1);
    static final StockModel SUPERIA_400 = colour(NO_CROSSTALK, NO_CROSSTALK, ChromaResponse.NEUTRAL, 1.2, 1.2, 1.2, 0.5, 0.5, 0.5, 1.0, 0, 0, 0, 1, 1, 1);
    static final StockModel EKTAR_100 = colour(NO_CROSSTALK, NO_CROSSTALK, ChromaResponse.NEUTRAL, 1.2, 1.2, 1.2, 0.5, 0.5, 0.5, 1.0, 0, 0, 0, 1, 1, 1);
    static final StockModel TRI_X_400 = new StockModel.Mono(new double[] {0.25, 0.65, 0.10}, new ToneCurve(1.3, 0.5, 1.0), 0, 1);
    /**
     * Hand-set, no reference exists: the look of an old, slightly expired consumer print. Soft
     * contrast with a gentle shoulder, warm mid-tones (lower red pivot), blacks lifted to about 10%
     * with a cool cast, whites faded to about 90% with a warm cast, and muted colour.
     */
    static final StockModel FADED_35MM = colour(NO_CROSSTALK, NO_CROSSTALK, new ChromaResponse(0.8, 0.8, 0.72, 0.85),
        1.1, 1.1, 1.1, 2.8, 3.0, 3.4, 0.9,
        0.09, 0.10, 0.11, 0.93, 0.91, 0.85);

    /** Builds a colour stock from flat numbers, in the order the fitting routine reports them. */
    static StockModel.Colour colour(double[] sensitivity, double[] dyes, ChromaResponse chroma, double cr, double cg, double cb, double pr, double pg, double pb,
                                    double toe, double br, double bg, double bb, double wr, double wg, double wb) {
        return new StockModel.Colour(sensitivity,
            new ToneCurve[] {new ToneCurve(cr, pr, toe), new ToneCurve(cg, pg, toe), new ToneCurve(cb, pb, toe)}, dyes, chroma,
            new double[] {br, bg, bb}, new double[] {wr, wg, wb});
    }
}
