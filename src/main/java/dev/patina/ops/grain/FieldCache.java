package dev.patina.ops.grain;

import dev.patina.image.Rect;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers recently sampled grain fields. A field depends only on (tile, scale, seed, size,
 * stream), not on amount, roughness or the pixels, so while the user drags the grain amount (or
 * edits a layer below the grain) every preview tile reuses its field and only the cheap per-pixel
 * mix runs again. Memoising a pure function cannot change results; the budget bounds memory.
 */
final class FieldCache {
    private static final long BUDGET_BYTES = 48L << 20;
    private static final Map<Key, float[]> FIELDS = new LinkedHashMap<>(256, 0.75f, true);
    private static long usedBytes;

    private FieldCache() {}

    record Key(Rect rect, double cellsPerPixel, long seed, long stream) {}

    /** The sampled field (shared: callers must not modify it). */
    static float[] field(Rect r, double cellsPerPixel, long seed, long stream) {
        Key key = new Key(r, cellsPerPixel, seed, stream);
        synchronized (FIELDS) {
            float[] hit = FIELDS.get(key);
            if (hit != null) return hit;
        }
        float[] f = new float[(int) r.area()];
        GrainField.sample(r, cellsPerPixel, seed, stream, f);
        long size = 4L * f.length;
        if (size > BUDGET_BYTES / 8) return f; // export-sized tiles are used once: do not cache
        synchronized (FIELDS) {
            if (FIELDS.put(key, f) == null) usedBytes += size;
            Iterator<float[]> it = FIELDS.values().iterator();
            while (usedBytes > BUDGET_BYTES && it.hasNext()) {
                usedBytes -= 4L * it.next().length;
                it.remove();
            }
        }
        return f;
    }
}
