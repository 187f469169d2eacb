package dev.patina.ops.filmstock;

/**
 * The parameters of every built-in stock.
 *
 * <p>Portra 400, Superia 400, Ektar 100 and Tri-X 400 were fitted to the t3mujinpack HaldCLUTs of
 * the same films (MIT licensed; these are darktable tone-curve renderings of the films' look, not
 * measurements of film). The fit minimised the mean CIEDE2000 between model and reference over a
 * 9^3 sRGB grid plus the 24 ColorChecker patches, with Nelder-Mead (12 restarts, 6000 evaluations
 * each) over all model parameters: matrices as row-sum-1 off-diagonals, curve parameters in log
 * space. {@code FilmStockReferenceTest} re-measures the result on a 17^3 grid. The fitted numbers
 * are not unique: the dye matrix and the chroma response partly trade off against each other
 * (a strong dye matrix with chroma gains below 1 came out lowest for all three colour stocks).
 * White points above 1 mean the reference clips near-white colours; a fit bounded to a white of
 * 1 lowers the worst-case error (e.g. Ektar 20 -> 13) but raises the mean by 0.2-0.35, and the
 * mean was the target. Tri-X's fitted panchromatic weights (0.19, 0.44, 0.37) agree with the
 * reference's own channel mix (0.22, 0.42, 0.37).
 */
final class StockConstants {
    private StockConstants() {}

    private static final double[] NO_CROSSTALK = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    static final StockModel PORTRA_400 = colour(
        new double[] {1.03499, -0.256954, 0.22196, 0.261194, 0.700173, 0.0386326, -0.0047062, -0.0856443, 1.09035},
        new double[] {1.99579, -1.04598, 0.0501854, -0.713293, 1.74433, -0.0310384, -0.0101135, 0.225408, 0.784706},
        new ChromaResponse(0.44128, 0.601147, 1.13989, 1.4654),
        0.548806, 0.631632, 0.545064, 14.8881, 2.28155, 18.6464, 1.9269,
        -0.0135467, -0.0233715, -0.0478917, 1.05869, 1.02698, 1.06369);

    static final StockModel SUPERIA_400 = colour(
        new double[] {0.940649, -0.0571867, 0.116538, 0.214506, 0.766656, 0.0188376, 9.77301e-05, -0.00678798, 1.00669},
        new double[] {1.88555, -1.0481, 0.162551, -0.558508, 1.59945, -0.0409448, 0.0236021, 0.405399, 0.570999},
        new ChromaResponse(0.411348, 0.769428, 1.24648, 2.24455),
        0.489362, 0.485292, 0.319036, 2.81241, 1.2497, 4.99605e+10, 2.94583,
        0.0177597, -0.0231618, -0.0628331, 1.06888, 1.08203, 1.16973);

    static final StockModel EKTAR_100 = colour(
        new double[] {1.14875, -0.320826, 0.172079, 0.358253, 0.602295, 0.0394521, -0.00483738, -0.0807652, 1.0856},
        new double[] {1.79956, -0.849397, 0.0498332, -0.910162, 1.93597, -0.0258037, -0.039084, 0.233295, 0.805789},
        new ChromaResponse(0.511671, 0.604712, 0.982523, 1.44729),
        1.04422, 1.17422, 0.94841, 2.32295, 0.885156, 5.5301, 1.08172,
        -0.03591, -0.0304276, -0.0892728, 1.12668, 1.05844, 1.20325);

    static final StockModel TRI_X_400 = new StockModel.Mono(new double[] {0.187231, 0.43996, 0.372809},
        new ToneCurve(2.64425, 0.698187, 0.292852), -0.31399, 1.02264);

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
