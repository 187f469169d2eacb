package dev.patina.ops.skin;

/**
 * Soft membership of a colour in "skin", from its CIELAB lightness, chroma and hue angle.
 *
 * <p>In vivo spectrophotometry puts human skin of every ethnic group in one narrow wedge of the
 * a*b* plane: hue angles h_ab of roughly 40°–70° and chroma C*ab of roughly 12–30, with the groups
 * overlapping and differing mostly in L* and b* (Weatherall and Coombs, J. Invest. Dermatol. 99,
 * 1992; Xiao et al., Skin Res. Technol. 23, 2017; the CIE TC 1-92 skin colour database). Photos
 * add white balance, coloured light and saturation (AI renders especially), so the core here is
 * wider than the measurements (h 35°–70°, C 14–40, L* 25–97) and fades smoothly to zero beyond it;
 * {@code tolerance} widens the fades. Lips and red fabric (h below 35°, high C) and saturated orange (C above 40) fall mostly
 * outside the core, blue
 * and green never count, and neither do the near-neutral warm greys of walls and dark hair (C below
 * about 10), which is where a colour model meets its limit: beige and tan surfaces of skin chroma do
 * count, and the layer mask is there to take them out.
 */
final class SkinColourModel {
    static final float HUE_LO = 35f, HUE_HI = 70f;
    static final float CHROMA_LO = 14f, CHROMA_HI = 40f;
    static final float LIGHT_LO = 25f, LIGHT_HI = 97f;

    private final float hueMargin, chromaMarginLow, chromaMarginHigh;

    /** tolerance in 0..1: 0 = tight fades, 1 = wide. */
    SkinColourModel(double tolerance) {
        this.hueMargin = (float) (8 + 24 * tolerance);
        this.chromaMarginLow = (float) (4 + 6 * tolerance);
        this.chromaMarginHigh = (float) (5 + 20 * tolerance);
    }

    /** Membership in 0..1. */
    float membership(float l, float a, float b) {
        float c = (float) Math.sqrt(a * a + b * b);
        if (c < 3f) return 0f;
        float h = (float) Math.toDegrees(Math.atan2(b, a));
        float m = rise(h, HUE_LO - hueMargin, HUE_LO) * fall(h, HUE_HI, HUE_HI + hueMargin);
        if (m == 0f) return 0f;
        m *= rise(c, CHROMA_LO - chromaMarginLow, CHROMA_LO) * fall(c, CHROMA_HI, CHROMA_HI + chromaMarginHigh);
        m *= rise(l, 12f, LIGHT_LO) * fall(l, LIGHT_HI, LIGHT_HI + 10f);
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
