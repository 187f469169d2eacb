package dev.patina.render;

import dev.patina.doc.BlendMode;
import dev.patina.doc.Layer;
import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;

import java.util.ArrayList;
import java.util.List;

/**
 * A request turned into the stages that actually run: disabled layers and layers whose params
 * change nothing are dropped, each remaining layer gets its prepared kernel and its cache key.
 */
final class StagePlan {
    /**
     * One layer to run. When the layer's {@linkplain dev.patina.ops.Op#mixParam() mix param} is
     * between 0 and 1, kernel is the full-strength one, {@code mix} its value and fullKey the key
     * of the full-strength result (shared by every mix value); otherwise mix is 1 and fullKey null.
     */
    record Stage(Layer layer, OpKernel kernel, StageKey key, double mix, StageKey fullKey) {
        boolean mixes() { return fullKey != null; }

        /** The key of what the kernel computes: the full-strength result when the layer mixes. */
        StageKey kernelKey() { return fullKey != null ? fullKey : key; }
    }

    final FloatImage source;
    final Rect bounds;
    final RenderContext ctx;
    final List<Stage> stages;

    private StagePlan(FloatImage source, RenderContext ctx, List<Stage> stages) {
        this.source = source;
        this.bounds = source.bounds();
        this.ctx = ctx;
        this.stages = stages;
    }

    static StagePlan build(RenderRequest req, KernelCache kernels, RenderContext ctx) {
        FloatImage src = req.source().atScale(req.scale());
        StageKey key = StageKey.source(req.source(), req.scale(), req.document().seed());
        List<Stage> stages = new ArrayList<>();
        for (Layer layer : req.document().layers()) {
            if (!layer.enabled() || layer.opacity() <= 0) continue;
            OpKernel kernel;
            try {
                kernel = kernels.kernel(layer.params(), req.resources());
            } catch (RuntimeException e) {
                throw new RenderException("layer '" + layer.name() + "': " + e.getMessage(), e);
            }
            // An unchanged result blended normally is the input itself; other blend modes still
            // combine the input with itself (multiply darkens), as in Photoshop.
            if (kernel.isIdentity() && layer.blend() == BlendMode.NORMAL) continue;
            // Splitting off the mix pays only when the full-strength result is kept for the next
            // render (the editor's cache); a one-off render (export, CLI) mixes inside the kernel,
            // in place, without the extra tile.
            String mixName = req.useCache() ? layer.params().schema().mixParam() : null;
            double mix = mixName == null ? 1 : layer.params().number(mixName);
            StageKey fullKey = null;
            if (mix > 0 && mix < 1) {
                Params full = layer.params().with(mixName, 1.0);
                try {
                    kernel = kernels.kernel(full, req.resources());
                } catch (RuntimeException e) {
                    throw new RenderException("layer '" + layer.name() + "': " + e.getMessage(), e);
                }
                fullKey = key.thenFullStrength(layer.withParams(full).withOpacity(1).withBlend(BlendMode.NORMAL));
            } else {
                mix = 1;
            }
            key = key.then(layer);
            stages.add(new Stage(layer, kernel, key, mix, fullKey));
        }
        return new StagePlan(src, ctx, List.copyOf(stages));
    }
}
