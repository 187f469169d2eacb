package dev.patina.ops.skin;

import dev.patina.doc.ParamSpec;
import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor keeps its skin-mask overlay while the overlay's declared key stays the same, so the
 * mask must really not depend on params outside the key; and it must depend on those in it.
 */
class SkinMaskParamsTest {
    private static final SkinRetouchOp OP = new SkinRetouchOp();

    /** Skin on the left, a blue-grey wall on the right, with a soft edge where the mask matters. */
    private static FloatImage picture() {
        int w = 160, h = 96;
        FloatImage skin = SkinImages.skin(w, h, 3, 2f);
        for (int y = 0; y < h; y++) {
            for (int x = w / 2; x < w; x++) {
                int i = y * w + x;
                skin.plane(0)[i] = 0.10f;
                skin.plane(1)[i] = 0.14f;
                skin.plane(2)[i] = 0.22f;
            }
        }
        return skin;
    }

    private static float[] mask(Params p, FloatImage img) {
        return OP.overlays().get(0).compute(p, Resources.NONE, img, new RenderContext(img.width(), img.height(), 1, 7)).values();
    }

    /** True when changing the param to {@code other} changes the overlay's declared key. */
    private static boolean inKey(Params defaults, String name, double other) {
        return !OP.overlays().get(0).key(defaults).equals(OP.overlays().get(0).key(defaults.with(name, other)));
    }

    @Test
    void paramsOutsideTheListLeaveTheMaskAsItIs() {
        FloatImage img = picture();
        Params defaults = OP.schema().defaults();
        float[] base = mask(defaults, img);
        for (ParamSpec s : OP.schema().specs()) {
            if (!(s instanceof ParamSpec.Number n)) continue;
            double other = n.defaultNumber() == n.max() ? n.min() : n.max();
            if (inKey(defaults, s.name(), other)) continue;
            assertThat(mask(defaults.with(s.name(), other), img)).as(s.name()).containsExactly(base);
        }
    }

    @Test
    void theListedParamsChangeIt() {
        FloatImage img = picture();
        Params defaults = OP.schema().defaults();
        float[] base = mask(defaults, img);
        int keyed = 0;
        for (ParamSpec s : OP.schema().specs()) {
            ParamSpec.Number n = (ParamSpec.Number) s;
            String name = n.name();
            double other = n.defaultNumber() == n.max() ? n.min() : n.max();
            if (!inKey(defaults, name, other)) continue;
            keyed++;
            assertThat(mask(defaults.with(name, other), img)).as(name).isNotEqualTo(base);
        }
        assertThat(keyed).as("params in the key").isPositive();
    }
}
