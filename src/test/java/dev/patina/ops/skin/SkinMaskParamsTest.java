package dev.patina.ops.skin;

import dev.patina.doc.ParamSpec;
import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.ops.RenderContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor keeps its skin-mask overlay while params outside {@link SkinRetouchOp#MASK_PARAMS}
 * change, so the mask must really not depend on them; and it must depend on those listed.
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
        return OP.skinMask(p, img, new RenderContext(img.width(), img.height(), 1, 7));
    }

    @Test
    void paramsOutsideTheListLeaveTheMaskAsItIs() {
        FloatImage img = picture();
        Params defaults = OP.schema().defaults();
        float[] base = mask(defaults, img);
        for (ParamSpec s : OP.schema().specs()) {
            if (SkinRetouchOp.MASK_PARAMS.contains(s.name()) || !(s instanceof ParamSpec.Number n)) continue;
            double other = n.defaultNumber() == n.max() ? n.min() : n.max();
            assertThat(mask(defaults.with(s.name(), other), img)).as(s.name()).containsExactly(base);
        }
    }

    @Test
    void theListedParamsChangeIt() {
        FloatImage img = picture();
        Params defaults = OP.schema().defaults();
        float[] base = mask(defaults, img);
        for (String name : SkinRetouchOp.MASK_PARAMS) {
            ParamSpec.Number n = (ParamSpec.Number) OP.schema().specs().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
            double other = n.defaultNumber() == n.max() ? n.min() : n.max();
            assertThat(mask(defaults.with(name, other), img)).as(name).isNotEqualTo(base);
        }
    }
}
