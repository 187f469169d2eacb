package dev.patina.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source image at every scale a render asks for. Levels halve by 2x2 box averaging; a scale
 * between levels is made from the next finer level by exact area averaging, so a preview sees the
 * source as a smaller sensor would. Scaled images are built once and kept (the scaled images of a
 * preview are small).
 */
public final class Pyramid {
    private final FloatImage full;
    private final List<FloatImage> levels = new ArrayList<>();
    private final Map<Long, FloatImage> scaled = new ConcurrentHashMap<>();

    public Pyramid(FloatImage full) {
        if (full.bounds().x() != 0 || full.bounds().y() != 0) throw new IllegalArgumentException("source must sit at 0,0");
        this.full = full;
        levels.add(full);
    }

    public FloatImage full() { return full; }

    public int width() { return full.width(); }

    public int height() { return full.height(); }

    /** The whole source at the given scale (0 < scale <= 1). */
    public FloatImage atScale(double scale) {
        if (!(scale > 0 && scale <= 1)) throw new IllegalArgumentException("scale must be in (0, 1]: " + scale);
        int w = Resample.scaledSize(full.width(), scale), h = Resample.scaledSize(full.height(), scale);
        if (w == full.width() && h == full.height()) return full;
        long key = ((long) w << 32) | h;
        return scaled.computeIfAbsent(key, k -> build(w, h));
    }

    private FloatImage build(int w, int h) {
        FloatImage base = levelCovering(w, h);
        return Resample.area(base, w, h);
    }

    /** The smallest pyramid level still at least w x h. */
    private synchronized FloatImage levelCovering(int w, int h) {
        int i = 0;
        while (true) {
            FloatImage lvl = levels.get(i);
            int nw = (lvl.width() + 1) / 2, nh = (lvl.height() + 1) / 2;
            if (nw < w || nh < h || lvl.width() == 1 || lvl.height() == 1) return lvl;
            if (i + 1 == levels.size()) levels.add(Resample.half(lvl));
            i++;
        }
    }
}
