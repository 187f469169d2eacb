package dev.patina.ops.filmstock;

import dev.patina.image.Lut3D;
import dev.patina.image.Srgb;

import java.util.EnumMap;
import java.util.Map;

/**
 * Bakes a stock model into a 3D LUT over sRGB-encoded input, once per stock per process. The model
 * is a chain of pow/exp and Lab conversions, far too slow per pixel. Every stage is smooth, so a
 * 65-point LUT with tetrahedral lookup reproduces it below a just-noticeable difference (33 points
 * left up to ΔE 1.1 in the deep shadows of the steepest curve). Baking takes a fraction of a second
 * once per stock; the table is 3.3 MB.
 */
final class StockLuts {
    static final int SIZE = 65;

    private static final Map<Stock, Lut3D> BAKED = new EnumMap<>(Stock.class);

    private StockLuts() {}

    static Lut3D of(Stock stock) {
        synchronized (BAKED) {
            return BAKED.computeIfAbsent(stock, s -> bake(s.model(), SIZE));
        }
    }

    static Lut3D bake(StockModel model, int size) {
        float[] table = new float[size * size * size * 3];
        double[] out = new double[3];
        double[] lin = new double[size];
        for (int i = 0; i < size; i++) lin[i] = Srgb.decodeExact(i / (double) (size - 1));
        for (int b = 0; b < size; b++) for (int g = 0; g < size; g++) for (int r = 0; r < size; r++) {
            model.render(lin[r], lin[g], lin[b], out);
            int i = (r + g * size + b * size * size) * 3;
            for (int c = 0; c < 3; c++) table[i + c] = (float) out[c];
        }
        return new Lut3D(size, table);
    }
}
