package dev.patina.scene;

/**
 * How skin-like a colour is, from its CIELAB hue angle, chroma and lightness, looked up in a table
 * over sRGB-encoded colour quantised to 5 bits per channel (32,768 one-byte entries, built once,
 * small enough to stay in cache). A face detector asks this for every pixel of the working image,
 * and the table costs one lookup where the CIELAB conversion costs three cube roots; the wedge is
 * smooth, so 8-level steps of the encoded colour change the membership by little.
 *
 * <p>The wedge follows the skin-colour measurements that {@code ops.skin.SkinColourModel} cites
 * (skin of every ethnic group at hue angles of about 40°-70° and chroma 12-30 in a*b*), widened
 * for what face detection must survive and retouching need not: white balance and coloured light
 * of AI renders (hue 20°-80° fully, fading to 5° and 95°), pale and dark skin (chroma 6-55), deep
 * shadow (L* from 12). Only the core counts fully; the fades give partial membership. Lips, orange
 * fabric and wood count too: this gates and checks a cascade, it does not decide alone.
 */
public final class SkinLikelihood {
    private SkinLikelihood() {}

    private static final int BITS = 5, LEVELS = 1 << BITS;
    private static final byte[] TABLE = build();

    /** Membership in 0..1 (in steps of 1/255) of an sRGB-encoded colour with components in 0..1. */
    public static float of(float r, float g, float b) {
        return (TABLE[(q(r) << (2 * BITS)) | (q(g) << BITS) | q(b)] & 0xff) * (1f / 255f);
    }

    private static int q(float v) {
        int i = (int) (v * (LEVELS - 1) + 0.5f);
        return i < 0 ? 0 : Math.min(i, LEVELS - 1);
    }

    private static byte[] build() {
        byte[] t = new byte[LEVELS * LEVELS * LEVELS];
        double[] lab = new double[3];
        for (int r = 0; r < LEVELS; r++) {
            for (int g = 0; g < LEVELS; g++) {
                for (int b = 0; b < LEVELS; b++) {
                    lab(r / (double) (LEVELS - 1), g / (double) (LEVELS - 1), b / (double) (LEVELS - 1), lab);
                    t[(r << (2 * BITS)) | (g << BITS) | b] = (byte) Math.round(255 * membership(lab[0], lab[1], lab[2]));
                }
            }
        }
        return t;
    }

    static double membership(double l, double a, double b) {
        double c = Math.hypot(a, b);
        double h = Math.toDegrees(Math.atan2(b, a));
        return rise(h, 5, 20) * fall(h, 80, 95) * rise(c, 3, 6) * fall(c, 55, 75) * rise(l, 5, 12) * fall(l, 98, 100.5);
    }

    /** CIE L*a*b* (D65) of an sRGB-encoded colour. */
    static void lab(double r, double g, double b, double[] out) {
        double lr = dev.patina.image.Srgb.decodeExact(r), lg = dev.patina.image.Srgb.decodeExact(g), lb = dev.patina.image.Srgb.decodeExact(b);
        double x = (0.4124564 * lr + 0.3575761 * lg + 0.1804375 * lb) / 0.95047;
        double y = 0.2126729 * lr + 0.7151522 * lg + 0.0721750 * lb;
        double z = (0.0193339 * lr + 0.1191920 * lg + 0.9503041 * lb) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        out[0] = 116 * fy - 16;
        out[1] = 500 * (fx - fy);
        out[2] = 200 * (fy - fz);
    }

    private static double f(double t) {
        double d = 6.0 / 29;
        return t > d * d * d ? Math.cbrt(t) : t / (3 * d * d) + 4.0 / 29;
    }

    private static double rise(double x, double lo, double hi) {
        if (x <= lo) return 0;
        if (x >= hi) return 1;
        double t = (x - lo) / (hi - lo);
        return t * t * (3 - 2 * t);
    }

    private static double fall(double x, double lo, double hi) {
        return 1 - rise(x, lo, hi);
    }
}
