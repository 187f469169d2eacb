package dev.patina.scene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EyeCentreTest {
    /** A dark iris (radius 7) with a darker pupil on a bright ground, and a dark brow bar near the top. */
    private static LumaPlane eye(double cx, double cy, boolean brow) {
        int w = 48, h = 36;
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double r = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                float val = r < 3 ? 20 : r < 7 ? 70 : 200;
                if (brow && y < 5 && x > 6 && x < 42) val = 60;
                v[y * w + x] = val;
            }
        }
        return new LumaPlane(w, h, v);
    }

    @Test
    void findsTheCentreOfADarkDisc() {
        EyeCentre.Result r = EyeCentre.locate(eye(21.3, 19.6, false), 24, 18, 16);
        assertThat(Math.hypot(r.x() - 21.3, r.y() - 19.6)).isLessThan(1.0);
        assertThat(r.darkness()).isGreaterThan(0.5);
    }

    @Test
    void isNotPulledToTheBrow() {
        EyeCentre.Result r = EyeCentre.locate(eye(26, 22, true), 24, 18, 16);
        assertThat(Math.hypot(r.x() - 26, r.y() - 22)).isLessThan(1.5);
    }

    @Test
    void plainSkinHasNoDarkCentre() {
        float[] v = new float[48 * 36];
        for (int i = 0; i < v.length; i++) v[i] = 180 + (i % 7) * 0.5f;
        EyeCentre.Result r = EyeCentre.locate(new LumaPlane(48, 36, v), 24, 18, 16);
        assertThat(r.darkness()).isLessThan(FaceDetector.MIN_EYE_DARKNESS);
    }
}
