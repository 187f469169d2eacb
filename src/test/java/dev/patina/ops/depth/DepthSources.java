package dev.patina.ops.depth;

import dev.patina.doc.Params;
import dev.patina.ops.Resources;
import dev.patina.ops.dof.DepthOfFieldParams;

/** The depth source a depth-of-field layer with these params reads, for tests of the source itself. */
public final class DepthSources {
    private DepthSources() {}

    public static DepthSource dof(Params p, Resources resources) {
        DepthOfFieldParams d = p.as(DepthOfFieldParams.class);
        return DepthSource.from(d.depth(), d.ground(), d.focus(), resources);
    }
}
