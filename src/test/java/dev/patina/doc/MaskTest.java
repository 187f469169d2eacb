package dev.patina.doc;

import dev.patina.image.Rect;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaskTest {
    @Test
    void brushDabPaintsSoftDiscAndSharesUntouchedTiles() {
        MaskRaster empty = MaskRaster.filled(1000, 800, 0);
        MaskRaster painted = empty.withDabs(new double[] {100}, new double[] {100}, 40, 0.5, 1, 1);
        assertEquals(1f, painted.value(100, 100), 1e-4);
        assertEquals(0f, painted.value(100, 141), 1e-4);
        float mid = painted.value(100, 130);
        assertTrue(mid > 0 && mid < 1, "soft edge " + mid);
        assertEquals(0f, empty.value(100, 100), "the old version is unchanged");
        MaskRaster erased = painted.withDabs(new double[] {100}, new double[] {100}, 10, 1, 1, 0);
        assertEquals(0f, erased.value(100, 100), 1e-4);
        assertNotEquals(painted, erased);
    }

    @Test
    void flowBuildsUpGradually() {
        MaskRaster m = MaskRaster.filled(100, 100, 0).withDabs(new double[] {50}, new double[] {50}, 10, 1, 0.5, 1);
        assertEquals(0.5f, m.value(50, 50), 1e-3);
        m = m.withDabs(new double[] {50}, new double[] {50}, 10, 1, 0.5, 1);
        assertEquals(0.75f, m.value(50, 50), 1e-3);
    }

    @Test
    void paintedMaskSamplesTheSameAtEveryScale() {
        MaskRaster r = MaskRaster.filled(800, 600, 0).withDabs(new double[] {400}, new double[] {300}, 200, 0.8, 1, 1);
        Mask m = new Mask.Painted(r, false);
        float[] full = new float[1], quarter = new float[1];
        m.sample(new Rect(400, 300, 1, 1), 1, 800, 600, full);
        m.sample(new Rect(100, 75, 1, 1), 0.25, 800, 600, quarter);
        assertEquals(full[0], quarter[0], 0.02);
        float[] corner = new float[1];
        m.withInverted(true).sample(new Rect(0, 0, 1, 1), 0.25, 800, 600, corner);
        assertEquals(1f, corner[0], 1e-4);
    }

    @Test
    void gradientsRampBetweenTheirEnds() {
        Mask lin = new Mask.LinearGradient(0, 0, 1, 0, false);
        float[] row = new float[100];
        lin.sample(new Rect(0, 0, 100, 1), 1, 100, 10, row);
        assertEquals(1f, row[0], 0.01);
        assertEquals(0.5f, row[50], 0.05);
        assertEquals(0f, row[99], 0.01);
        Mask rad = new Mask.RadialGradient(0.5, 0.5, 0.25, 0.25, 0.5, false);
        float[] px = new float[1];
        rad.sample(new Rect(50, 50, 1, 1), 1, 100, 100, px);
        assertEquals(1f, px[0], 1e-4);
        rad.sample(new Rect(90, 50, 1, 1), 1, 100, 100, px);
        assertEquals(0f, px[0], 1e-4);
    }
}
