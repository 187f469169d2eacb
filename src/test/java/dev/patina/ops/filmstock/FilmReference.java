package dev.patina.ops.filmstock;

import dev.patina.image.ColorScience;
import dev.patina.image.Lut3D;

import java.nio.file.Files;
import java.nio.file.Path;

/** Reference LUTs, test colours and ΔE2000 statistics for measuring film stocks. */
final class FilmReference {
    private FilmReference() {}

    static final Path LUTS = dev.patina.testdata.SharedData.root().resolve("film-luts");
    static final Path T3MUJIN = LUTS.resolve("t3mujinpack");
    static final Path RAWTHERAPEE = LUTS.resolve("rawtherapee-collection");

    static boolean available() {
        return Files.isDirectory(T3MUJIN);
    }

    /**
     * The 24 ColorChecker patches as 8-bit sRGB (the commonly published values for the
     * post-2014 X-Rite chart, as listed e.g. on the Wikipedia ColorChecker page), row by row
     * from dark skin to black.
     */
    static final int[][] COLORCHECKER_24 = {
        {115, 82, 68}, {194, 150, 130}, {98, 122, 157}, {87, 108, 67}, {133, 128, 177}, {103, 189, 170},
        {214, 126, 44}, {80, 91, 166}, {193, 90, 99}, {94, 60, 108}, {157, 188, 64}, {224, 163, 46},
        {56, 61, 150}, {70, 148, 73}, {175, 54, 60}, {231, 199, 31}, {187, 86, 149}, {8, 133, 161},
        {243, 243, 242}, {200, 200, 200}, {160, 160, 160}, {122, 122, 121}, {85, 85, 85}, {52, 52, 52}};

    /** sRGB-encoded points of an n^3 grid over [0,1]^3. */
    static double[][] grid(int n) {
        double[][] p = new double[n * n * n][];
        int k = 0;
        for (int b = 0; b < n; b++) for (int g = 0; g < n; g++) for (int r = 0; r < n; r++) {
            p[k++] = new double[] {r / (n - 1.0), g / (n - 1.0), b / (n - 1.0)};
        }
        return p;
    }

    static double[][] colorChecker() {
        double[][] p = new double[24][];
        for (int i = 0; i < 24; i++) {
            p[i] = new double[] {COLORCHECKER_24[i][0] / 255.0, COLORCHECKER_24[i][1] / 255.0, COLORCHECKER_24[i][2] / 255.0};
        }
        return p;
    }

    /** CIELAB of each point after passing through the LUT (encoded in, encoded out). */
    static double[][] labThrough(Lut3D lut, double[][] points) {
        double[][] lab = new double[points.length][];
        float[] out = new float[3];
        for (int i = 0; i < points.length; i++) {
            lut.lookup((float) points[i][0], (float) points[i][1], (float) points[i][2], out);
            lab[i] = ColorScience.encodedSrgbToLab(clamp(out[0]), clamp(out[1]), clamp(out[2]));
        }
        return lab;
    }

    static double clamp(double v) {
        return v < 0 ? 0 : Math.min(v, 1);
    }

    record Stats(double mean, double max) {}

    static Stats deltaE(double[][] labA, double[][] labB) {
        double sum = 0, max = 0;
        for (int i = 0; i < labA.length; i++) {
            double d = ColorScience.deltaE2000(labA[i], labB[i]);
            sum += d;
            max = Math.max(max, d);
        }
        return new Stats(sum / labA.length, max);
    }
}
