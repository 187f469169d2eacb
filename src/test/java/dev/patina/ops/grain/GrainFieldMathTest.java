package dev.patina.ops.grain;

import dev.patina.image.Rect;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GrainFieldMathTest {
    @Test
    void boxedKernelIntegratesToOneAndTendsToTheSpline() {
        for (double w : new double[] {0, 0.3, 1, 2.5, 5}) {
            double s = 0, h = 0.001;
            for (double x = -6; x <= 6; x += h) s += GrainField.boxedBSpline(x, w) * h;
            assertEquals(1, s, 1e-3, "w=" + w);
        }
        assertEquals(GrainField.bspline(0.3), GrainField.boxedBSpline(0.3, 1e-6), 1e-6);
        assertEquals(1, GrainField.bsplineIntegral(2), 1e-12);
        assertEquals(0.5, GrainField.bsplineIntegral(0), 1e-12);
    }

    @Test
    void boxVarianceRatioHasTheRightLimits() {
        assertEquals(1, GrainField.boxVarianceRatio(1e-3), 1e-3);
        assertEquals(151.0 / 315.0, GrainField.bspline7(0), 1e-9, "B7(0) = ∫B3²");
        // Large boxes: variance falls as (∫ρ)/w with ∫ρ = 2.086 cells.
        assertEquals(2.086 / 40, GrainField.boxVarianceRatio(40), 2.086 / 40 * 0.05);
    }

    /** Sampled statistics: the field has unit variance at small footprints and the box ratio at large ones. */
    @Test
    void sampledStandardDeviationFollowsTheFootprint() {
        for (double w : new double[] {0.3, 1.5, 4, 8}) {
            float[] f = new float[400 * 400];
            GrainField.sample(new Rect(0, 0, 400, 400), w, 42, 1, f);
            double s = 0, s2 = 0;
            for (float v : f) { s += v; s2 += v * v; }
            double std = Math.sqrt(s2 / f.length - (s / f.length) * (s / f.length));
            assertEquals(GrainField.boxVarianceRatio(w), std, 0.06 * GrainField.boxVarianceRatio(w) + 0.01, "w=" + w);
        }
    }
}
