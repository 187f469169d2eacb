package dev.patina.render;

import dev.patina.doc.Layer;

import java.util.Objects;

/**
 * Identifies the output of the stack up to one layer: the source and scale, then every layer up
 * to this one with all of its settings. Two renders whose stacks agree up to layer k share the
 * same key for k, so editing layer k re-renders only k and above. The hash is computed once.
 */
final class StageKey {
    private final StageKey below;
    private final Object content;
    private final int hash;

    private StageKey(StageKey below, Object content) {
        this.below = below;
        this.content = content;
        this.hash = 31 * (below == null ? 17 : below.hash) + content.hashCode();
    }

    static StageKey source(Object sourceIdentity, double scale, long seed) {
        return new StageKey(null, java.util.List.of(sourceIdentity, scale, seed));
    }

    StageKey then(Layer layer) {
        return new StageKey(this, layer);
    }

    /** The key of a scene mask found in this stage's picture. */
    StageKey thenScene(dev.patina.doc.Mask.Scene mask) {
        return new StageKey(this, java.util.List.of("scene mask", mask));
    }

    /** The key of a layer's effect at full strength over this stage, before mixing and compositing. */
    StageKey thenFullStrength(Layer layer) {
        return new StageKey(this, java.util.List.of("full strength", layer));
    }

    @Override public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof StageKey k) || k.hash != hash) return false;
        return content.equals(k.content) && Objects.equals(below, k.below);
    }

    @Override public int hashCode() { return hash; }
}
