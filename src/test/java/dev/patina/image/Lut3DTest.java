package dev.patina.image;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class Lut3DTest {
    @Test
    void tetrahedralLookupReproducesALinearTableExactly() {
        // Tetrahedral interpolation is exact for any affine map of the inputs.
        int n = 9;
        float[] t = new float[n * n * n * 3];
        for (int b = 0; b < n; b++) for (int g = 0; g < n; g++) for (int r = 0; r < n; r++) {
            int i = (r + g * n + b * n * n) * 3;
            float fr = r / (n - 1f), fg = g / (n - 1f), fb = b / (n - 1f);
            t[i] = 0.2f * fr + 0.5f * fg + 0.3f * fb;
            t[i + 1] = fg;
            t[i + 2] = 1 - fb;
        }
        Lut3D lut = new Lut3D(n, t);
        float[] out = new float[3];
        for (float[] p : new float[][] {{0.13f, 0.71f, 0.42f}, {0.9f, 0.05f, 0.5f}, {1f, 1f, 0f}}) {
            lut.lookup(p[0], p[1], p[2], out);
            assertThat(out[0]).isCloseTo(0.2f * p[0] + 0.5f * p[1] + 0.3f * p[2], within(1e-6f));
            assertThat(out[1]).isCloseTo(p[1], within(1e-6f));
            assertThat(out[2]).isCloseTo(1 - p[2], within(1e-6f));
        }
    }

    @Test
    void linearOutputHoldsTheDecodedNodesAndIsBuiltOnce() {
        Lut3D lut = Lut3D.identity(33);
        Lut3D linear = lut.linearOutput();
        assertThat(lut.linearOutput()).isSameAs(linear);
        float[] out = new float[3];
        linear.lookup(0.5f, 1f, 0f, out);
        assertThat(out[0]).isCloseTo((float) Srgb.decodeExact(0.5), within(1e-5f));
        assertThat(out[1]).isCloseTo(1f, within(1e-6f));
        assertThat(out[2]).isZero();
        // Between nodes it interpolates linear light: within a fraction of an 8-bit level of the curve.
        linear.lookup(0.51f, 0.51f, 0.51f, out);
        assertThat(Srgb.encodeExact(out[0])).isCloseTo(0.51, within(0.5 / 255));
    }
}
