package dev.patina.io;

import dev.patina.image.FloatImage;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Linear float RGB to sRGB-encoded integer samples for the writers: 8 bits with triangular dither,
 * 16 bits rounded (65536 levels leave no visible banding, and rounding makes 16-bit sources
 * round-trip exactly). Rows are spread over the common pool; the result does not depend on it.
 */
final class Quantizer {
    private static final int BAND = 64;

    private Quantizer() {}

    /** A whole image quantised in bands on the common pool (the result does not depend on it). */
    static ExportRaster quantise(FloatImage src, int bits, long seed, BooleanSupplier cancelled) {
        ExportRaster out = new ExportRaster(src.bounds(), bits, seed);
        int y0 = src.bounds().y();
        IntStream.range(0, (src.height() + BAND - 1) / BAND).parallel().forEach(b -> {
            if (cancelled.getAsBoolean()) return;
            for (int y = b * BAND; y < Math.min(src.height(), (b + 1) * BAND); y++) out.putRow(src, y0 + y);
        });
        if (cancelled.getAsBoolean()) throw new CancellationException("export cancelled");
        return out;
    }
}
