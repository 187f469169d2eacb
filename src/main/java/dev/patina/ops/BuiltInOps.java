package dev.patina.ops;

import java.util.List;

/** The list of built-in layer types; each new layer package adds itself here. */
final class BuiltInOps {
    private BuiltInOps() {}

    static List<Op> all() {
        return List.of(new dev.patina.ops.filmstock.FilmStockOp());
    }
}
