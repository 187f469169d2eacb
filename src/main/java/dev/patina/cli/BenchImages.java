package dev.patina.cli;

import dev.patina.image.FloatImage;
import dev.patina.ops.Noise;

/** A synthetic photo-like test image: gradients, edges and fine texture, deterministic. */
final class BenchImages {
    private BenchImages() {}

    static FloatImage scene(int w, int h) {
        FloatImage img = new FloatImage(w, h);
        float[] r = img.plane(0), g = img.plane(1), b = img.plane(2);
        for (int y = 0; y < h; y++) {
            double v = y / (double) h;
            for (int x = 0; x < w; x++) {
                double u = x / (double) w;
                float t = 1 + 0.08f * Noise.gaussian(7, x, y, 0);
                boolean disc = (u - 0.5) * (u - 0.5) + (v - 0.5) * (v - 0.5) < 0.04;
                int i = y * w + x;
                r[i] = (float) ((disc ? 0.7 : 0.05 + 0.5 * u) * t);
                g[i] = (float) ((disc ? 0.3 : 0.08 + 0.4 * v) * t);
                b[i] = (float) ((disc ? 0.2 : 0.3 * (1 - u) + 0.05) * t);
            }
        }
        return img;
    }
}
