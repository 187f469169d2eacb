package dev.patina.doc;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A painted greyscale mask at full image resolution, 16 bits per pixel, held as 256 px tiles that
 * are shared between versions: a brush stroke copies only the tiles it touches, so every undo step
 * keeps its own mask for little memory. Immutable; each version has a unique id, which is what
 * render caches compare.
 */
public final class MaskRaster {
    public static final int TILE = 256;
    private static final AtomicLong IDS = new AtomicLong();

    private final int width, height, tilesX, tilesY;
    /** null tile = every pixel equals {@link #fill}. */
    private final short[][] tiles;
    private final short fill;
    private final long id = IDS.incrementAndGet();

    private MaskRaster(int width, int height, short[][] tiles, short fill) {
        this.width = width;
        this.height = height;
        this.tilesX = (width + TILE - 1) / TILE;
        this.tilesY = (height + TILE - 1) / TILE;
        this.tiles = tiles;
        this.fill = fill;
    }

    /** A mask of one constant value in [0,1]. */
    public static MaskRaster filled(int width, int height, double value) {
        int tx = (width + TILE - 1) / TILE, ty = (height + TILE - 1) / TILE;
        return new MaskRaster(width, height, new short[tx * ty][], toShort(value));
    }

    /** A mask from 16-bit values (row-major, width*height). */
    public static MaskRaster fromValues(int width, int height, short[] values) {
        MaskRaster m = filled(width, height, 0);
        for (int t = 0; t < m.tiles.length; t++) {
            int x0 = (t % m.tilesX) * TILE, y0 = (t / m.tilesX) * TILE;
            short[] tile = new short[TILE * TILE];
            for (int y = y0; y < Math.min(height, y0 + TILE); y++) {
                System.arraycopy(values, y * width + x0, tile, (y - y0) * TILE, Math.min(TILE, width - x0));
            }
            m.tiles[t] = tile;
        }
        return m;
    }

    private static short toShort(double v) {
        return (short) Math.round(Math.max(0, Math.min(1, v)) * 65535);
    }

    public int width() { return width; }

    public int height() { return height; }

    public long id() { return id; }

    /** Value at full-resolution pixel (x, y), clamped to the edge, in [0,1]. */
    public float value(int x, int y) {
        x = Math.min(Math.max(x, 0), width - 1);
        y = Math.min(Math.max(y, 0), height - 1);
        short[] t = tiles[(y / TILE) * tilesX + x / TILE];
        int v = t == null ? fill : t[(y % TILE) * TILE + x % TILE];
        return (v & 0xffff) / 65535f;
    }

    /** All values, row-major (for saving). */
    public short[] toValues() {
        short[] out = new short[width * height];
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) out[y * width + x] = (short) Math.round(value(x, y) * 65535);
        return out;
    }

    /** The inverse mask (1 - value). */
    public MaskRaster inverted() {
        short[][] nt = new short[tiles.length][];
        for (int i = 0; i < tiles.length; i++) {
            if (tiles[i] == null) continue;
            short[] s = tiles[i], d = new short[s.length];
            for (int k = 0; k < s.length; k++) d[k] = (short) (65535 - (s[k] & 0xffff));
            nt[i] = d;
        }
        return new MaskRaster(width, height, nt, (short) (65535 - (fill & 0xffff)));
    }

    /**
     * A new version with a round brush dab painted at full-resolution (cx, cy): {@code radius} in
     * pixels, {@code hardness} 0..1 (fraction of the radius at full strength), {@code flow} 0..1, and
     * {@code target} the value painted towards (1 paints, 0 erases).
     */
    public MaskRaster withDabs(double[] xs, double[] ys, double radius, double hardness, double flow, double target) {
        short[][] nt = tiles.clone();
        boolean[] copied = new boolean[tiles.length];
        double inner = radius * Math.max(0, Math.min(1, hardness));
        for (int d = 0; d < xs.length; d++) {
            int x0 = (int) Math.floor(xs[d] - radius), x1 = (int) Math.ceil(xs[d] + radius);
            int y0 = (int) Math.floor(ys[d] - radius), y1 = (int) Math.ceil(ys[d] + radius);
            for (int y = Math.max(0, y0); y <= Math.min(height - 1, y1); y++) {
                for (int x = Math.max(0, x0); x <= Math.min(width - 1, x1); x++) {
                    double dist = Math.hypot(x + 0.5 - xs[d], y + 0.5 - ys[d]);
                    if (dist >= radius) continue;
                    double w = dist <= inner ? 1 : smooth(1 - (dist - inner) / (radius - inner));
                    w *= flow;
                    int ti = (y / TILE) * tilesX + x / TILE;
                    if (!copied[ti]) {
                        short[] t = new short[TILE * TILE];
                        if (nt[ti] != null) System.arraycopy(nt[ti], 0, t, 0, t.length);
                        else java.util.Arrays.fill(t, fill);
                        nt[ti] = t;
                        copied[ti] = true;
                    }
                    int k = (y % TILE) * TILE + x % TILE;
                    double cur = (nt[ti][k] & 0xffff) / 65535.0;
                    nt[ti][k] = toShort(cur + (target - cur) * w);
                }
            }
        }
        return new MaskRaster(width, height, nt, fill);
    }

    private static double smooth(double t) { return t * t * (3 - 2 * t); }

    @Override public boolean equals(Object o) { return o instanceof MaskRaster m && m.id == id; }

    @Override public int hashCode() { return Long.hashCode(id); }
}
