package dev.patina.ops.filmstock;

/** The fitted parameters of every built-in stock. */
final class StockConstants {
    private StockConstants() {}

    private static final double[] NO_CROSSTALK = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    static final StockModel PORTRA_400 = colour(NO_CROSSTALK, 1.2, 1.2, 1.2, 0.5, 0.5, 0.5, 1.0, 0, 0, 0, 1, 1, 1);
    static final StockModel SUPERIA_400 = colour(NO_CROSSTALK, 1.2, 1.2, 1.2, 0.5, 0.5, 0.5, 1.0, 0, 0, 0, 1, 1, 1);
    static final StockModel EKTAR_100 = colour(NO_CROSSTALK, 1.2, 1.2, 1.2, 0.5, 0.5, 0.5, 1.0, 0, 0, 0, 1, 1, 1);
    static final StockModel TRI_X_400 = new StockModel.Mono(new double[] {0.25, 0.65, 0.10}, new ToneCurve(1.3, 0.5, 1.0), 0, 1);
    static final StockModel FADED_35MM = colour(NO_CROSSTALK, 1.0, 1.0, 1.0, 0.5, 0.5, 0.5, 1.0, 0.08, 0.08, 0.08, 0.9, 0.9, 0.9);

    /** Builds a colour stock from flat numbers, in the order the fitting routine reports them. */
    static StockModel.Colour colour(double[] crosstalk, double cr, double cg, double cb, double pr, double pg, double pb,
                                    double toe, double br, double bg, double bb, double wr, double wg, double wb) {
        return new StockModel.Colour(crosstalk,
            new ToneCurve[] {new ToneCurve(cr, pr, toe), new ToneCurve(cg, pg, toe), new ToneCurve(cb, pb, toe)},
            new double[] {br, bg, bb}, new double[] {wr, wg, wb});
    }
}
