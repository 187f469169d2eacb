package dev.patina.image;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SrgbTest {
    @Test
    void tablesMatchTheExactCurveWellBelowASixteenBitLevel() {
        double maxEnc = 0, maxDec = 0;
        for (int i = 0; i <= 1_000_000; i++) {
            double x = i / 1_000_000.0;
            maxEnc = Math.max(maxEnc, Math.abs(Srgb.encode((float) x) - Srgb.encodeExact((float) x)));
            maxDec = Math.max(maxDec, Math.abs(Srgb.decode((float) x) - Srgb.decodeExact((float) x)));
        }
        assertEquals(0, maxEnc, 2e-6, "encode");
        assertEquals(0, maxDec, 2e-6, "decode");
    }

    @Test
    void roundTripsEveryEightAndSixteenBitLevel() {
        for (int v = 0; v < 256; v++) assertEquals(v, Math.round(Srgb.encode(Srgb.decode8(v)) * 255));
        for (int v = 0; v < 65536; v += 7) assertEquals(v, Math.round(Srgb.encode(Srgb.decode16(v)) * 65535));
    }

    @Test
    void clampsAndHandlesOutOfRange() {
        assertEquals(0f, Srgb.encode(-1f));
        assertEquals(0f, Srgb.encode(Float.NaN));
        assertEquals(1f, Srgb.encode(5f));
        assertEquals(Srgb.decodeExact(1.2), Srgb.decode(1.2f), 1e-6);
    }
}
