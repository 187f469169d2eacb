package dev.patina.io;

import dev.patina.image.Lut3D;

/**
 * Patina applies LUTs to sRGB-encoded values in [0,1]. A .cube file may declare another input
 * domain; rather than carry a domain through the render path, the table is resampled once at load
 * time so that its grid covers exactly [0,1] (inputs outside the file's domain clamp to its edge,
 * which is what the format prescribes).
 */
final class LutDomain {
    private LutDomain() {}

    static Lut3D resampleToUnit(Lut3D lut, double[] min, double[] max) {
        int n = lut.size();
        float[] t = new float[n * n * n * 3];
        float[] out = new float[3];
        for (int b = 0; b < n; b++) for (int g = 0; g < n; g++) for (int r = 0; r < n; r++) {
            lut.lookup(toTable(r, n, min[0], max[0]), toTable(g, n, min[1], max[1]), toTable(b, n, min[2], max[2]), out);
            int i = (r + g * n + b * n * n) * 3;
            t[i] = out[0];
            t[i + 1] = out[1];
            t[i + 2] = out[2];
        }
        return new Lut3D(n, t);
    }

    /** Position of grid point i of a [0,1] grid inside the file's table, as a [0,1] fraction. */
    private static float toTable(int i, int n, double min, double max) {
        double v = i / (double) (n - 1);
        return (float) ((v - min) / (max - min));
    }
}
