package dev.patina.doc;

import java.util.Objects;
import java.util.UUID;

/**
 * One adjustment layer: what it does ({@code type} + {@code params}) and how it combines with the
 * layers below (enabled, opacity, blend, mask). Immutable; the with-methods return changed copies.
 */
public record Layer(String id, String name, String type, boolean enabled, double opacity, BlendMode blend,
                    Mask mask, Params params) {

    public Layer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(blend, "blend");
        Objects.requireNonNull(params, "params");
        if (!type.equals(params.schema().typeId())) throw new IllegalArgumentException("params of " + params.schema().typeId() + " on a " + type + " layer");
        if (!(opacity >= 0 && opacity <= 1)) throw new ParamException("opacity", opacity + " is out of range 0..1");
    }

    public static Layer of(String name, Params params) {
        return new Layer(newId(), name, params.schema().typeId(), true, 1.0, BlendMode.NORMAL, null, params);
    }

    public static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public Layer withParams(Params p) { return new Layer(id, name, type, enabled, opacity, blend, mask, p); }

    public Layer withParam(String param, Object value) { return withParams(params.with(param, value)); }

    public Layer withName(String n) { return new Layer(id, n, type, enabled, opacity, blend, mask, params); }

    public Layer withEnabled(boolean e) { return new Layer(id, name, type, e, opacity, blend, mask, params); }

    public Layer withOpacity(double o) { return new Layer(id, name, type, enabled, o, blend, mask, params); }

    public Layer withBlend(BlendMode b) { return new Layer(id, name, type, enabled, opacity, b, mask, params); }

    public Layer withMask(Mask m) { return new Layer(id, name, type, enabled, opacity, blend, m, params); }

    public Layer withId(String newId) { return new Layer(newId, name, type, enabled, opacity, blend, mask, params); }
}
