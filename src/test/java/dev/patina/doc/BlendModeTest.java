package dev.patina.doc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BlendModeTest {
    private static float[] blend(BlendMode m, float[] base, float[] layer, float opacity) {
        float[][] b = {{base[0]}, {base[1]}, {base[2]}};
        float[][] l = {{layer[0]}, {layer[1]}, {layer[2]}};
        m.blend(b, l, null, opacity, 1);
        return new float[] {b[0][0], b[1][0], b[2][0]};
    }

    @Test
    void formulas() {
        float[] b = {0.2f, 0.4f, 0.6f}, l = {0.5f, 0.5f, 0.25f};
        assertEquals(0.5f, blend(BlendMode.NORMAL, b, l, 1)[0], 1e-6);
        assertEquals(0.35f, blend(BlendMode.NORMAL, b, l, 0.5f)[0], 1e-6);
        assertEquals(0.1f, blend(BlendMode.MULTIPLY, b, l, 1)[0], 1e-6);
        assertEquals(0.6f, blend(BlendMode.SCREEN, b, l, 1)[0], 1e-6);
        assertEquals(0.2f, blend(BlendMode.SOFT_LIGHT, b, new float[] {0.5f, 0.5f, 0.5f}, 1)[0], 1e-6, "soft light with 0.5 is neutral");
    }

    @Test
    void luminosityKeepsBaseColourAndTakesLayerLuminance() {
        float[] b = {0.4f, 0.2f, 0.1f}, l = {0.3f, 0.3f, 0.3f};
        float[] r = blend(BlendMode.LUMINOSITY, b, l, 1);
        float y = 0.2126f * r[0] + 0.7152f * r[1] + 0.0722f * r[2];
        assertEquals(0.3f, y, 1e-5);
        assertEquals(2f, r[0] / r[1], 1e-5);
        float[] c = blend(BlendMode.COLOR, l, b, 1);
        assertEquals(0.3f, 0.2126f * c[0] + 0.7152f * c[1] + 0.0722f * c[2], 1e-5);
        assertEquals(2f, c[0] / c[1], 1e-5);
    }

    @Test
    void parsesUserSpellings() {
        assertEquals(BlendMode.COLOR, BlendMode.parse("color"));
        assertEquals(BlendMode.SOFT_LIGHT, BlendMode.parse("Soft Light"));
        assertThrows(ParamException.class, () -> BlendMode.parse("dodge"));
    }
}
