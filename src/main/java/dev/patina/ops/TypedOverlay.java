package dev.patina.ops;

import dev.patina.doc.Params;
import dev.patina.image.FloatImage;

import java.util.function.Function;

/**
 * A {@link LayerOverlay} written against an op's params record: the key and the computation read
 * the record, so they name no param.
 */
public final class TypedOverlay<P extends Record> implements LayerOverlay {
    /** The overlay's computation over the typed params. */
    public interface Compute<P> {
        Field apply(P params, Resources resources, FloatImage seen, RenderContext ctx);
    }

    private final String id, label, help;
    private final Style style;
    private final Class<P> type;
    private final Function<P, Object> key;
    private final Function<P, String> unavailable;
    private final Compute<P> compute;

    public TypedOverlay(String id, String label, String help, Style style, Class<P> type, Function<P, Object> key,
                        Function<P, String> unavailable, Compute<P> compute) {
        this.id = id;
        this.label = label;
        this.help = help;
        this.style = style;
        this.type = type;
        this.key = key;
        this.unavailable = unavailable;
        this.compute = compute;
    }

    @Override public String id() { return id; }

    @Override public String label() { return label; }

    @Override public String help() { return help; }

    @Override public Style style() { return style; }

    @Override public String unavailable(Params params) { return unavailable.apply(params.as(type)); }

    @Override public Object key(Params params) { return key.apply(params.as(type)); }

    @Override public Field compute(Params params, Resources resources, FloatImage seen, RenderContext ctx) {
        return compute.apply(params.as(type), resources, seen, ctx);
    }
}
