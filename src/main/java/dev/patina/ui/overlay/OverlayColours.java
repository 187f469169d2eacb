package dev.patina.ui.overlay;

/**
 * The colours of the editor's analysis overlays, as packed 0xAARRGGBB (sRGB, not premultiplied).
 *
 * <p>Depth uses a ramp of my own design in OKLab, the space where equal steps look equal: lightness
 * rises linearly from far (dark blue-violet) to near (pale yellow) while the hue turns through
 * magenta and orange, so depth reads as brightness (near is bright, as in disparity maps) and
 * neighbouring depths stay distinguishable by hue. Chroma is kept low enough for every step to
 * be inside sRGB, so no channel clips and the ramp has no kinks. The in-focus zone is green, a
 * hue the ramp never uses. The skin mask is magenta, which stands out on every skin tone (red, the
 * layer mask's colour, would vanish on skin) and so both can be shown at once.
 */
public final class OverlayColours {
    /** Opacity of the depth ramp: the picture stays recognisable under it. */
    public static final float DEPTH_ALPHA = 0.6f;
    public static final float IN_FOCUS_ALPHA = 0.55f;
    public static final float SKIN_ALPHA = 0.55f;
    static final int IN_FOCUS_RGB = 0x2fe05a;
    static final int SKIN_RGB = 0xff28c8;

    /** OKLCh of the ramp's far and near ends; hue in degrees, turned through increasing angles. */
    static final double L_FAR = 0.25, L_NEAR = 0.95, C_FAR = 0.09, C_MID = 0.15, C_NEAR = 0.10, H_FAR = 285, H_NEAR = 460;
    private static final int STEPS = 256;
    private static final int[] DEPTH = new int[STEPS];

    static {
        for (int i = 0; i < STEPS; i++) DEPTH[i] = encode(rampLinear(i / (STEPS - 1.0)));
    }

    private OverlayColours() {}

    /** Depth ramp at t in [0, 1] (0 = far, 1 = near; clamped), opaque. */
    public static int depth(double t) {
        double c = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        return 0xff000000 | DEPTH[(int) Math.round(c * (STEPS - 1))];
    }

    /** Depth as drawn over the picture: the ramp at {@link #DEPTH_ALPHA}, or in-focus green. */
    public static int depthOverlay(double t, boolean inFocus) {
        if (inFocus) return withAlpha(IN_FOCUS_RGB, IN_FOCUS_ALPHA);
        return withAlpha(depth(t), DEPTH_ALPHA);
    }

    /** The skin mask at coverage c in [0, 1]: magenta, as opaque as the skin is certain. */
    public static int skin(double coverage) {
        double c = Double.isNaN(coverage) ? 0 : Math.max(0, Math.min(1, coverage));
        return withAlpha(SKIN_RGB, (float) (c * SKIN_ALPHA));
    }

    /** A layer's mask at coverage c: the translucent red of the canvas's mask overlay (as Lightroom's). */
    public static int mask(double coverage) {
        double c = Double.isNaN(coverage) ? 0 : Math.max(0, Math.min(1, coverage));
        return withAlpha(0xff3030, (float) (c * 0.5));
    }

    static int withAlpha(int rgb, float alpha) {
        return Math.round(Math.max(0, Math.min(1, alpha)) * 255) << 24 | rgb & 0xffffff;
    }

    /** Linear-light sRGB of the ramp at t, before clipping (so tests can check it is in gamut). */
    static double[] rampLinear(double t) {
        double l = L_FAR + (L_NEAR - L_FAR) * t;
        // Chroma peaks mid-ramp: the dark and the pale ends cannot hold as much inside sRGB.
        double c = t < 0.5 ? C_FAR + (C_MID - C_FAR) * (t / 0.5) : C_MID + (C_NEAR - C_MID) * ((t - 0.5) / 0.5);
        double h = Math.toRadians(H_FAR + (H_NEAR - H_FAR) * t);
        return oklabToLinearSrgb(l, c * Math.cos(h), c * Math.sin(h));
    }

    /** OKLab to linear sRGB (Ottosson 2020: the inverse matrices of the published definition). */
    static double[] oklabToLinearSrgb(double l, double a, double b) {
        double l1 = l + 0.3963377774 * a + 0.2158037573 * b;
        double m1 = l - 0.1055613458 * a - 0.0638541728 * b;
        double s1 = l - 0.0894841775 * a - 1.2914855480 * b;
        double lc = l1 * l1 * l1, mc = m1 * m1 * m1, sc = s1 * s1 * s1;
        return new double[] {
            4.0767416621 * lc - 3.3077115913 * mc + 0.2309699292 * sc,
            -1.2684380046 * lc + 2.6097574011 * mc - 0.3413193965 * sc,
            -0.0041960863 * lc - 0.7034186147 * mc + 1.7076147010 * sc};
    }

    private static int encode(double[] linear) {
        int rgb = 0;
        for (double v : linear) {
            double c = Math.max(0, Math.min(1, v));
            double e = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
            rgb = rgb << 8 | (int) Math.round(e * 255);
        }
        return rgb;
    }
}
