package dev.patina.image;

/**
 * Colorimetry for measuring colour differences: linear sRGB to CIE XYZ (D65) to CIELAB, and the
 * CIEDE2000 colour difference. Everything is in double precision because the results feed tests
 * and parameter fitting, not the per-pixel render path.
 */
public final class ColorScience {
    private ColorScience() {}

    /** D65 reference white (Y normalised to 1), the white of sRGB. */
    public static final double XN = 0.95047, YN = 1.0, ZN = 1.08883;

    // IEC 61966-2-1 matrices for linear sRGB <-> XYZ with the D65 white.
    private static final double[] RGB_TO_XYZ = {
        0.4124564, 0.3575761, 0.1804375,
        0.2126729, 0.7151522, 0.0721750,
        0.0193339, 0.1191920, 0.9503041};
    private static final double[] XYZ_TO_RGB = {
        3.2404542, -1.5371385, -0.4985314,
        -0.9692660, 1.8760108, 0.0415560,
        0.0556434, -0.2040259, 1.0572252};

    private static final double EPS = 216.0 / 24389.0;   // (6/29)^3: where the cube-root segment starts
    private static final double KAPPA = 24389.0 / 27.0;  // slope of the linear segment times 116

    public static double[] linearSrgbToXyz(double r, double g, double b) {
        return mul(RGB_TO_XYZ, r, g, b);
    }

    public static double[] xyzToLinearSrgb(double x, double y, double z) {
        return mul(XYZ_TO_RGB, x, y, z);
    }

    public static double[] xyzToLab(double x, double y, double z) {
        double fx = f(x / XN), fy = f(y / YN), fz = f(z / ZN);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    public static double[] labToXyz(double l, double a, double b) {
        double fy = (l + 16) / 116, fx = fy + a / 500, fz = fy - b / 200;
        return new double[] {XN * fInv(fx), YN * fInv(fy), ZN * fInv(fz)};
    }

    public static double[] linearSrgbToLab(double r, double g, double b) {
        double[] xyz = linearSrgbToXyz(r, g, b);
        return xyzToLab(xyz[0], xyz[1], xyz[2]);
    }

    /** CIELAB of an sRGB-encoded colour with components in [0,1]. */
    public static double[] encodedSrgbToLab(double r, double g, double b) {
        return linearSrgbToLab(Srgb.decodeExact(r), Srgb.decodeExact(g), Srgb.decodeExact(b));
    }

    public static double[] labToLinearSrgb(double l, double a, double b) {
        double[] xyz = labToXyz(l, a, b);
        return xyzToLinearSrgb(xyz[0], xyz[1], xyz[2]);
    }

    private static double f(double t) {
        return t > EPS ? Math.cbrt(t) : (KAPPA * t + 16) / 116;
    }

    private static double fInv(double f) {
        double t = f * f * f;
        return t > EPS ? t : (116 * f - 16) / KAPPA;
    }

    private static double[] mul(double[] m, double a, double b, double c) {
        return new double[] {
            m[0] * a + m[1] * b + m[2] * c,
            m[3] * a + m[4] * b + m[5] * c,
            m[6] * a + m[7] * b + m[8] * c};
    }

    /** CIEDE2000 difference of two CIELAB colours, with kL = kC = kH = 1. */
    public static double deltaE2000(double[] lab1, double[] lab2) {
        return deltaE2000(lab1[0], lab1[1], lab1[2], lab2[0], lab2[1], lab2[2]);
    }

    /**
     * CIEDE2000 following Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula:
     * implementation notes, supplementary test data, and mathematical observations", equations
     * 1-22. Hue angles are in degrees as in the paper; the special cases for zero chroma and for
     * hue differences across 180 degrees are the ones the paper calls out as common mistakes.
     */
    public static double deltaE2000(double l1, double a1, double b1, double l2, double a2, double b2) {
        // (2)-(6): chroma-dependent stretch of a* that corrects the blue region.
        double c1 = Math.hypot(a1, b1), c2 = Math.hypot(a2, b2);
        double cMean = (c1 + c2) / 2;
        double cMean7 = Math.pow(cMean, 7);
        double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + POW25_7)));
        double a1p = (1 + g) * a1, a2p = (1 + g) * a2;
        double c1p = Math.hypot(a1p, b1), c2p = Math.hypot(a2p, b2);
        double h1p = hueDeg(a1p, b1), h2p = hueDeg(a2p, b2);

        // (8)-(10): differences; the hue difference is 0 when either chroma is 0.
        double dLp = l2 - l1;
        double dCp = c2p - c1p;
        double dhp;
        if (c1p * c2p == 0) dhp = 0;
        else if (Math.abs(h2p - h1p) <= 180) dhp = h2p - h1p;
        else if (h2p - h1p > 180) dhp = h2p - h1p - 360;
        else dhp = h2p - h1p + 360;
        double dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dhp / 2));

        // (12)-(22): weighting functions around the mean lightness, chroma and hue.
        double lpMean = (l1 + l2) / 2;
        double cpMean = (c1p + c2p) / 2;
        double hpMean;
        if (c1p * c2p == 0) hpMean = h1p + h2p;
        else if (Math.abs(h1p - h2p) <= 180) hpMean = (h1p + h2p) / 2;
        else if (h1p + h2p < 360) hpMean = (h1p + h2p + 360) / 2;
        else hpMean = (h1p + h2p - 360) / 2;

        double t = 1 - 0.17 * cosDeg(hpMean - 30) + 0.24 * cosDeg(2 * hpMean)
            + 0.32 * cosDeg(3 * hpMean + 6) - 0.20 * cosDeg(4 * hpMean - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hpMean - 275) / 25, 2));
        double cpMean7 = Math.pow(cpMean, 7);
        double rc = 2 * Math.sqrt(cpMean7 / (cpMean7 + POW25_7));
        double l50 = (lpMean - 50) * (lpMean - 50);
        double sl = 1 + 0.015 * l50 / Math.sqrt(20 + l50);
        double sc = 1 + 0.045 * cpMean;
        double sh = 1 + 0.015 * cpMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;

        double dl = dLp / sl, dc = dCp / sc, dh = dHp / sh;
        return Math.sqrt(dl * dl + dc * dc + dh * dh + rt * dc * dh);
    }

    private static final double POW25_7 = Math.pow(25, 7);

    private static double hueDeg(double a, double b) {
        if (a == 0 && b == 0) return 0;
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cosDeg(double deg) {
        return Math.cos(Math.toRadians(deg));
    }
}
