package dev.patina.image;

/**
 * The colour of a light of a given colour temperature, as a 3×3 matrix on linear sRGB: a surface
 * seen under the image's D65 white, lit instead by a blackbody at T kelvin, takes the corresponding
 * colour given by the Bradford chromatic adaptation from D65 to the blackbody's white point. The
 * white point comes from the Planckian-locus cubic fits of Kang et al. (2002, valid 1667–25000 K).
 * Luminance of neutrals is kept (both whites have Y = 1), so temperature never changes brightness.
 */
public final class LightColour {
    private LightColour() {}

    private static final double[][] RGB_TO_XYZ = {
        {0.4124564, 0.3575761, 0.1804375},
        {0.2126729, 0.7151522, 0.0721750},
        {0.0193339, 0.1191920, 0.9503041}};
    private static final double[][] XYZ_TO_RGB = {
        {3.2404542, -1.5371385, -0.4985314},
        {-0.9692660, 1.8760108, 0.0415560},
        {0.0556434, -0.2040259, 1.0572252}};
    private static final double[][] BRADFORD = {
        {0.8951, 0.2664, -0.1614},
        {-0.7502, 1.7135, 0.0367},
        {0.0389, -0.0685, 1.0296}};
    private static final double[] D65 = {0.95047, 1.0, 1.08883};

    /** CIE 1931 xy of the Planckian radiator at T kelvin (Kang et al. 2002). */
    public static double[] planckianXy(double t) {
        double t2 = t * t, t3 = t2 * t;
        double x = t <= 4000
            ? -0.2661239e9 / t3 - 0.2343589e6 / t2 + 0.8776956e3 / t + 0.179910
            : -3.0258469e9 / t3 + 2.1070379e6 / t2 + 0.2226347e3 / t + 0.240390;
        double x2 = x * x, x3 = x2 * x;
        double y;
        if (t <= 2222) y = -1.1063814 * x3 - 1.34811020 * x2 + 2.18555832 * x - 0.20219683;
        else if (t <= 4000) y = -0.9549476 * x3 - 1.37418593 * x2 + 2.09137015 * x - 0.16748867;
        else y = 3.0817580 * x3 - 5.87338670 * x2 + 3.75112997 * x - 0.37001483;
        return new double[] {x, y};
    }

    /** Correlated colour temperature of chromaticity xy by McCamy's (1992) cubic. */
    public static double mccamyCct(double x, double y) {
        double n = (x - 0.3320) / (0.1858 - y);
        return 449 * n * n * n + 3525 * n * n + 6823.3 * n + 5520.33;
    }

    /** Linear-sRGB matrix taking a colour seen under D65 to the colour it has under a blackbody at T. */
    public static float[][] rgbMatrix(double kelvin) {
        double[] xy = planckianXy(kelvin);
        double[] white = {xy[0] / xy[1], 1, (1 - xy[0] - xy[1]) / xy[1]};
        double[] src = mul(BRADFORD, D65), dst = mul(BRADFORD, white);
        double[][] scale = {{dst[0] / src[0], 0, 0}, {0, dst[1] / src[1], 0}, {0, 0, dst[2] / src[2]}};
        double[][] cat = mul(invert(BRADFORD), mul(scale, BRADFORD));
        double[][] m = mul(XYZ_TO_RGB, mul(cat, RGB_TO_XYZ));
        float[][] out = new float[3][3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) out[i][j] = (float) m[i][j];
        return out;
    }

    public static double[] rgbToXyz(double r, double g, double b) { return mul(RGB_TO_XYZ, new double[] {r, g, b}); }

    private static double[] mul(double[][] m, double[] v) {
        double[] o = new double[3];
        for (int i = 0; i < 3; i++) o[i] = m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2];
        return o;
    }

    private static double[][] mul(double[][] a, double[][] b) {
        double[][] o = new double[3][3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 3; k++) o[i][j] += a[i][k] * b[k][j];
        return o;
    }

    private static double[][] invert(double[][] m) {
        double a = m[0][0], b = m[0][1], c = m[0][2], d = m[1][0], e = m[1][1], f = m[1][2], g = m[2][0], h = m[2][1], i = m[2][2];
        double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
        return new double[][] {
            {(e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det},
            {(f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det},
            {(d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det}};
    }

    /**
     * The linear-sRGB colour a white surface takes under a light of {@code kelvin} (luminance 1, as
     * temperature never changes brightness): for the editor's light widget.
     */
    public static double[] whiteUnder(double kelvin) {
        float[][] m = rgbMatrix(kelvin);
        return new double[] {m[0][0] + m[0][1] + m[0][2], m[1][0] + m[1][1] + m[1][2], m[2][0] + m[2][1] + m[2][2]};
    }
}
