package dev.patina.render;

import dev.patina.doc.Params;
import dev.patina.ops.Op;
import dev.patina.ops.OpKernel;
import dev.patina.ops.Resources;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Prepared kernels by params: preparing can be costly (a film stock bakes a 3D LUT), and a slider
 * drag revisits the same values, so the last few dozen are kept.
 */
final class KernelCache {
    private static final int CAPACITY = 64;
    private final Map<Params, OpKernel> kernels = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Params, OpKernel> e) { return size() > CAPACITY; }
    };

    private final Function<String, Op> ops;

    KernelCache(Function<String, Op> ops) {
        this.ops = ops;
    }

    /** The layer type these params belong to. */
    Op op(Params params) {
        return ops.apply(params.schema().typeId());
    }

    OpKernel kernel(Params params, Resources resources) {
        synchronized (kernels) {
            OpKernel k = kernels.get(params);
            if (k != null) return k;
        }
        Op op = ops.apply(params.schema().typeId());
        OpKernel k = op.prepare(params, resources);
        synchronized (kernels) {
            kernels.put(params, k);
        }
        return k;
    }
}
