package dev.patina.doc;

import java.util.Locale;

/**
 * How a layer's adjusted result L combines with what lies below it, B, all in linear light.
 * Luminosity and colour use luminance ratios rather than additive offsets: in linear light a ratio
 * keeps hue and saturation exactly, where an offset would shift them.
 */
public enum BlendMode {
    NORMAL("normal"),
    MULTIPLY("multiply"),
    SCREEN("screen"),
    SOFT_LIGHT("soft-light"),
    LUMINOSITY("luminosity"),
    COLOR("colour");

    private final String id;

    BlendMode(String id) { this.id = id; }

    public String id() { return id; }

    public static BlendMode parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (k.equals("color")) k = "colour";
        if (k.equals("softlight")) k = "soft-light";
        for (BlendMode m : values()) if (m.id.equals(k)) return m;
        throw new ParamException("blend", "'" + s + "' is not one of normal, multiply, screen, soft-light, luminosity, colour");
    }

    /**
     * Blends in place: {@code base} holds B on entry and the final result on exit; {@code layer} holds
     * L; {@code alpha} (may be null = 1) is the per-pixel coverage, multiplied by {@code opacity}.
     */
    public void blend(float[][] base, float[][] layer, float[] alpha, float opacity, int n) {
        float[] br = base[0], bg = base[1], bb = base[2];
        float[] lr = layer[0], lg = layer[1], lb = layer[2];
        for (int i = 0; i < n; i++) {
            float a = alpha == null ? opacity : opacity * alpha[i];
            if (a <= 0f) continue;
            float r = br[i], g = bg[i], b = bb[i];
            float x = lr[i], y = lg[i], z = lb[i];
            switch (this) {
                case NORMAL -> { }
                case MULTIPLY -> { x = r * x; y = g * y; z = b * z; }
                case SCREEN -> { x = screen(r, x); y = screen(g, y); z = screen(b, z); }
                case SOFT_LIGHT -> { x = softLight(r, x); y = softLight(g, y); z = softLight(b, z); }
                case LUMINOSITY -> {
                    float yb = lum(r, g, b), yl = lum(x, y, z);
                    float k = yb > 1e-7f ? yl / yb : 0f;
                    if (yb > 1e-7f) { x = r * k; y = g * k; z = b * k; } else { x = yl; y = yl; z = yl; }
                }
                case COLOR -> {
                    float yb = lum(r, g, b), yl = lum(x, y, z);
                    if (yl > 1e-7f) { float k = yb / yl; x *= k; y *= k; z *= k; } else { x = yb; y = yb; z = yb; }
                }
            }
            if (a >= 1f) { br[i] = x; bg[i] = y; bb[i] = z; }
            else { br[i] = r + (x - r) * a; bg[i] = g + (y - g) * a; bb[i] = b + (z - b) * a; }
        }
    }

    private static float lum(float r, float g, float b) { return 0.2126f * r + 0.7152f * g + 0.0722f * b; }

    private static float screen(float b, float l) {
        float cb = Math.min(Math.max(b, 0f), 1f), cl = Math.min(Math.max(l, 0f), 1f);
        return cb + cl - cb * cl + Math.max(b - 1f, 0f) + Math.max(l - 1f, 0f);
    }

    /** The W3C compositing soft-light formula on [0,1]. */
    private static float softLight(float b, float l) {
        float cb = Math.min(Math.max(b, 0f), 1f), cs = Math.min(Math.max(l, 0f), 1f);
        if (cs <= 0.5f) return cb - (1 - 2 * cs) * cb * (1 - cb);
        float d = cb <= 0.25f ? ((16 * cb - 12) * cb + 4) * cb : (float) Math.sqrt(cb);
        return cb + (2 * cs - 1) * (d - cb);
    }
}
