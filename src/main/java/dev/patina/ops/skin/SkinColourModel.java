package dev.patina.ops.skin;

/**
 * Soft membership of a colour in "skin", from its CIELAB lightness, chroma and hue angle.
 *
 * <p>In vivo spectrophotometry puts human skin of every ethnic group in one narrow wedge of the
 * a*b* plane: hue angles h_ab of roughly 40°–70° and chroma C*ab of roughly 10–30, with the groups
 * overlapping and differing mostly in L* and b* (Weatherall and Coombs, J. Invest. Dermatol. 99,
 * 1992; Xiao et al., Skin Res. Technol. 23, 2017; the CIE TC 1-92 skin colour database). Photos
 * add white balance, coloured light and saturation (AI renders especially), so the core here is
 * wider than the measurements (h 30°–75°, C 8–45, L* 18–97) and fades smoothly to zero beyond it;
 * {@code tolerance} widens the fades. Lips (h near 25°, high C) fall mostly outside the core, blue
 * and green never count, neutral greys (C below 3) never count.
 */
final class SkinColourModel {
    static final float HUE_LO = 30f, HUE_HI = 75f;
    static final float CHROMA_LO = 8f, CHROMA_HI = 45f;
    static final float LIGHT_LO = 18f, LIGHT_HI = 97f;

    private final float hueMargin, chromaMarginHigh;

    /** tolerance in 0..1: 0 = tight fades, 1 = wide. */
    SkinColourModel(double tolerance) {
        this.hueMargin = (float) (8 + 24 * tolerance);
        this.chromaMarginHigh = (float) (10 + 30 * tolerance);
    }

    /** Membership in 0..1. */
    float membership(float l, float a, float b) {
        float c = (float) Math.sqrt(a * a + b * b);
        if (c < 3f) return 0f;
        float h = (float) Math.toDegrees(Math.atan2(b, a));
        float m = rise(h, HUE_LO - hueMargin, HUE_LO) * fall(h, HUE_HI, HUE_HI + hueMargin);
        if (m == 0f) return 0f;
        m *= rise(c, 3f, CHROMA_LO) * fall(c, CHROMA_HI, CHROMA_HI + chromaMarginHigh);
        m *= rise(l, 8f, LIGHT_LO) * fall(l, LIGHT_HI, LIGHT_HI + 10f);
        return m;
    }

    /** 0 below lo, 1 above hi, smoothstep between. */
    static float rise(float x, float lo, float hi) {
        if (x <= lo) return 0f;
        if (x >= hi) return 1f;
        float t = (x - lo) / (hi - lo);
        return t * t * (3 - 2 * t);
    }

    static float fall(float x, float lo, float hi) {
        return 1f - rise(x, lo, hi);
    }
}
