package dev.patina.scene;

/** A summed-area table of a float map, for means over any rectangle in four lookups (fractional corners are rounded). */
final class SummedArea {
    final int width, height;
    private final double[] t;

    SummedArea(float[] map, int width, int height) {
        this.width = width;
        this.height = height;
        int stride = width + 1;
        t = new double[stride * (height + 1)];
        for (int y = 0; y < height; y++) {
            double row = 0;
            for (int x = 0; x < width; x++) {
                row += map[y * width + x];
                t[(y + 1) * stride + x + 1] = t[y * stride + x + 1] + row;
            }
        }
    }

    /** Mean over [x0, x1) x [y0, y1), clamped to the map; 0 for an empty rectangle. */
    double mean(double x0, double y0, double x1, double y1) {
        int a = clamp((int) Math.round(x0), width), b = clamp((int) Math.round(x1), width);
        int c = clamp((int) Math.round(y0), height), d = clamp((int) Math.round(y1), height);
        if (b <= a || d <= c) return 0;
        int stride = width + 1;
        double s = t[d * stride + b] - t[d * stride + a] - t[c * stride + b] + t[c * stride + a];
        return s / ((double) (b - a) * (d - c));
    }

    private static int clamp(int v, int hi) {
        return v < 0 ? 0 : Math.min(v, hi);
    }
}
