package dev.patina.ui.widgets;

import dev.patina.image.LightDirection;

/**
 * The light widget's picture: a grey Lambertian sphere facing the camera, lit by the key light from
 * its direction and in its colour, with the same wrap-around softness as the relight layer, on a
 * transparent ground with an anti-aliased rim. Pure arithmetic into packed ARGB (a few thousand
 * pixels, redrawn only when the light changes).
 */
final class SphereShading {
    /** Grey of the sphere's paint and the fill light that keeps its dark side readable. */
    static final double ALBEDO = 0.8, AMBIENT = 0.06;

    private SphereShading() {}

    /**
     * A size × size image of the sphere filling it (disc radius size/2).
     *
     * @param softness the layer's softness: wraps the light past the terminator, as the layer does
     * @param lightRgb the key light's linear-sRGB colour (luminance about 1)
     */
    static int[] shade(int size, LightDirection light, double softness, double[] lightRgb) {
        double[] l = light.vector();
        double wrap = 0.5 * Math.max(0, Math.min(1, softness));
        double half = size / 2.0;
        int[] argb = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double u = (x + 0.5 - half) / half, v = (half - y - 0.5) / half;
                double r = Math.hypot(u, v);
                // Coverage of the pixel by the disc, from its distance to the rim (one pixel wide ramp).
                double cover = Math.max(0, Math.min(1, (1 - r) * half + 0.5));
                if (cover <= 0) continue;
                double nz = Math.sqrt(Math.max(0, 1 - Math.min(1, r * r)));
                double nx = r > 1 ? u / r : u, ny = r > 1 ? v / r : v;
                double ndl = nx * l[0] + ny * l[1] + nz * l[2];
                double key = Math.max(0, (ndl + wrap) / (1 + wrap));
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    double lin = ALBEDO * (AMBIENT + (1 - AMBIENT) * key * lightRgb[c]);
                    rgb = rgb << 8 | encode(lin);
                }
                argb[y * size + x] = (int) Math.round(cover * 255) << 24 | rgb;
            }
        }
        return argb;
    }

    private static int encode(double linear) {
        double c = Math.max(0, Math.min(1, linear));
        double e = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
        return (int) Math.round(e * 255);
    }
}
