package dev.patina.render;

import dev.patina.image.FloatImage;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Least-recently-used cache of rendered stage outputs, bounded by bytes. Entries are treated as
 * immutable by everyone who reads them.
 */
public final class TileCache {
    private final LinkedHashMap<Object, FloatImage> map = new LinkedHashMap<>(256, 0.75f, true);
    private volatile long budgetBytes;
    private long usedBytes;
    private long hits, misses;

    public TileCache(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    public synchronized FloatImage get(Object key) {
        FloatImage img = map.get(key);
        if (img != null) hits++; else misses++;
        return img;
    }

    public synchronized void put(Object key, FloatImage img) {
        long size = img.byteSize();
        if (size > budgetBytes / 4) return; // one entry must not flush the whole cache
        FloatImage old = map.put(key, img);
        if (old != null) usedBytes -= old.byteSize();
        usedBytes += size;
        evict();
    }

    public synchronized void setBudget(long bytes) {
        budgetBytes = bytes;
        evict();
    }

    private void evict() {
        Iterator<Map.Entry<Object, FloatImage>> it = map.entrySet().iterator();
        while (usedBytes > budgetBytes && it.hasNext()) {
            usedBytes -= it.next().getValue().byteSize();
            it.remove();
        }
    }

    public synchronized void clear() {
        map.clear();
        usedBytes = 0;
    }

    public synchronized long usedBytes() { return usedBytes; }

    public synchronized long budgetBytes() { return budgetBytes; }

    public synchronized long hits() { return hits; }

    public synchronized long misses() { return misses; }
}
