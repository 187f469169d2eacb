package dev.patina.ui.lint;

import dev.patina.lint.Finding;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;

/**
 * The layer to offer for a finding: the first of its suggestions this build can add. The linter
 * may name a layer a build lacks (a plugin-free build, an older one); those are never offered.
 */
final class SuggestedLayer {
    private SuggestedLayer() {}

    /** The op to add for {@code f}, or null when none of its layers exists. */
    static Op of(Finding f) {
        if (f == null) return null;
        for (String id : f.layers()) {
            Op op = OpRegistry.find(id);
            if (op != null) return op;
        }
        return null;
    }
}
