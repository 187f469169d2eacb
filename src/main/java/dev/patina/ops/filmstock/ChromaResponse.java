package dev.patina.ops.filmstock;

import dev.patina.image.ColorScience;

/**
 * The print's colour response in CIELAB: separate chroma gains for each half of the two opponent
 * axes (green/magenta a*, blue/yellow b*). Film renders these asymmetrically (Portra, for example,
 * deepens greens more than it warms reds), which a saturation slider or an RGB matrix cannot express
 * with so few numbers. Lightness is left alone; the tone curves own it.
 */
record ChromaResponse(double greens, double magentas, double blues, double yellows) {
    static final ChromaResponse NEUTRAL = new ChromaResponse(1, 1, 1, 1);

    /** Applies the gains to linear sRGB in place. */
    void apply(double[] rgb) {
        if (this.equals(NEUTRAL)) return;
        double[] lab = ColorScience.linearSrgbToLab(rgb[0], rgb[1], rgb[2]);
        double a = lab[1] * (lab[1] < 0 ? greens : magentas);
        double b = lab[2] * (lab[2] < 0 ? blues : yellows);
        double[] out = ColorScience.labToLinearSrgb(lab[0], a, b);
        System.arraycopy(out, 0, rgb, 0, 3);
    }
}
