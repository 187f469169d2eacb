package dev.patina.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs a cascade over every position and scale of an image (the sliding window of Viola and Jones).
 * Scales are handled as OpenCV does, by shrinking the image (step {@code scaleStep}) under a fixed
 * window rather than growing the features: the features then keep the exact integer geometry they
 * were trained with. The pyramid halves by 2x2 means between octaves and resizes bilinearly inside
 * one, so no level aliases.
 *
 * <p>Each window's feature values are divided by its standard deviation (times the window area, as
 * in OpenCV) so the cascade sees contrast, not exposure. Windows step by {@link #STEP} or
 * {@link #COARSE_STEP} pixels of their level, and every hit is refined to its 1 px neighbours.
 */
public final class CascadeScanner {
    /**
     * Window step in pixels of each level: 2 px (10% of the 20 px window); 3 px on the levels shrunk
     * less than {@link #COARSE_BELOW} times, the most expensive ones, where the smallest faces are;
     * 1 px on levels shrunk more than {@link #FINE_ABOVE} times, which are small. Hits are refined
     * to every position nearby (see {@link #scanLevel}), so a coarse grid only has to land one hit
     * per face. OpenCV's own scan steps by 2 px below a factor of 2 and 1 px above; on the labelled
     * portraits a 2 px step on the levels of large faces lost kodim04's face (its hits at 1 px are
     * on positions the 2 px grid misses), while 3 px on the first octave lost nothing.
     */
    static final int STEP = 2, COARSE_STEP = 3;
    static final double COARSE_BELOW = 2, FINE_ABOVE = 8;
    /**
     * Windows whose standard deviation is below this many grey levels are skipped: eyes, brows and
     * mouth give any face far more contrast, and flat sky, walls and bokeh are a large part of most
     * pictures. (OpenCV evaluates them; the cascade rejects them, but only after a few stages.)
     */
    static final double MIN_STD = 6;
    /**
     * Each level is extended by this many replicated edge pixels (15% of the window): a close-up
     * whose forehead or chin is cut by the frame still fits a window, as its box pokes out of the
     * picture. The replicated rows look like more forehead or more chin to the cascade.
     */
    static final int PAD = 3;

    private final Cascade c;

    public CascadeScanner(Cascade cascade) {
        this.c = cascade;
    }

    /**
     * Raw accepted windows whose width lies in [minWidth, maxWidth] pixels of {@code luma}, in its
     * coordinates. Levels run in parallel (they are independent).
     */
    public List<Detection> scan(LumaPlane luma, double minWidth, double maxWidth, double scaleStep) {
        return scan(luma, minWidth, maxWidth, scaleStep, WindowGate.ALL);
    }

    /** As {@link #scan(LumaPlane, double, double, double)}, looking only at windows the gate lets through. */
    public List<Detection> scan(LumaPlane luma, double minWidth, double maxWidth, double scaleStep, WindowGate gate) {
        if (!(scaleStep > 1.0)) throw new IllegalArgumentException("scale step must exceed 1: " + scaleStep);
        List<Double> factors = new ArrayList<>();
        for (double f = 1; ; f *= scaleStep) {
            int lw = (int) Math.round(luma.width / f), lh = (int) Math.round(luma.height / f);
            if (lw < c.windowWidth || lh < c.windowHeight || c.windowWidth * f > maxWidth) break;
            if (c.windowWidth * f >= minWidth) factors.add(f);
        }
        List<LumaPlane> octaves = new ArrayList<>();
        octaves.add(luma);
        double largest = factors.isEmpty() ? 1 : factors.get(factors.size() - 1);
        while (1 << octaves.size() <= largest) octaves.add(octaves.get(octaves.size() - 1).halved());
        @SuppressWarnings("unchecked")
        List<Detection>[] perLevel = new List[factors.size()];
        IntStream.range(0, factors.size()).parallel().forEach(i -> {
            double f = factors.get(i);
            int octave = 31 - Integer.numberOfLeadingZeros((int) Math.floor(f));
            LumaPlane base = octaves.get(Math.min(octave, octaves.size() - 1));
            LumaPlane level = base.resized((int) Math.round(luma.width / f), (int) Math.round(luma.height / f));
            double fx = luma.width / (double) level.width, fy = luma.height / (double) level.height;
            perLevel[i] = scanLevel(new IntegralImage(level.padded(PAD)), f < COARSE_BELOW ? COARSE_STEP : f > FINE_ABOVE ? 1 : STEP, fx, fy, PAD, gate);
        });
        List<Detection> out = new ArrayList<>();
        for (List<Detection> l : perLevel) out.addAll(l);
        return out;
    }

    /**
     * All windows of one level that pass every stage, mapped back by (fx, fy). The grid steps by
     * {@code step}; around every hit, every position within {@code step} of it is evaluated too
     * (each once), so a face gets about as many neighbouring hits as a 1 px scan would give it
     * (grouping's minNeighbours keeps OpenCV's meaning) while the empty parts of the picture cost
     * 1/step^2.
     */
    List<Detection> scanLevel(IntegralImage ii, int step, double fx, double fy, int pad, WindowGate gate) {
        List<Detection> hits = new ArrayList<>();
        int ww = c.windowWidth, wh = c.windowHeight;
        int[] table = nodeTable(ii.stride);
        float[] weights = nodeWeights();
        float[] scratch = new float[1];
        int nx = ii.width - ww + 1, ny = ii.height - wh + 1; // window positions
        boolean[] done = null; // positions off the grid already evaluated by a refinement
        for (int y = 0; y < ny; y += step) {
            for (int x = 0; x < nx; x += step) {
                if (!gate.worthScanning((x - pad) * fx, (y - pad) * fy, ww * fx, wh * fy)) continue;
                if (!window(ii, x, y, table, weights, scratch, hits, fx, fy, pad)) continue;
                if (step == 1) continue;
                if (done == null) done = new boolean[nx * ny];
                for (int yy = Math.max(0, y - step + 1); yy < Math.min(ny, y + step); yy++) {
                    for (int xx = Math.max(0, x - step + 1); xx < Math.min(nx, x + step); xx++) {
                        if (yy % step == 0 && xx % step == 0) continue; // a grid position: scanned anyway
                        if (done[yy * nx + xx]) continue;
                        done[yy * nx + xx] = true;
                        if (!gate.worthScanning((xx - pad) * fx, (yy - pad) * fy, ww * fx, wh * fy)) continue;
                        window(ii, xx, yy, table, weights, scratch, hits, fx, fy, pad);
                    }
                }
            }
        }
        return hits;
    }

    /** Evaluates the window at (x, y) of a level; a hit is added to hits. */
    private boolean window(IntegralImage ii, int x, int y, int[] table, float[] weights, float[] scratch,
                           List<Detection> hits, double fx, double fy, int pad) {
        // OpenCV normalises over the window shrunk by one pixel on each side.
        int nw = c.windowWidth - 2, nh = c.windowHeight - 2;
        double normArea = nw * (double) nh;
        double s = ii.sum(x + 1, y + 1, nw, nh);
        double sq = ii.squares(x + 1, y + 1, nw, nh);
        double var = normArea * sq - s * s; // area^2 times the variance
        if (var < normArea * normArea * MIN_STD * MIN_STD) return false;
        if (!passes(ii.sum, y * ii.stride + x, (float) Math.sqrt(var), table, weights, scratch)) return false;
        hits.add(new Detection((x - pad) * fx, (y - pad) * fy, c.windowWidth * fx, c.windowHeight * fy, 1, scratch[0]));
        return true;
    }

    /** Ints per node in {@link #nodeTable}: 12 corner offsets (3 rects x 4), left child, right child, 2 unused. */
    private static final int NODE_INTS = 16;

    /**
     * Per node, in node order: its rects' four corner offsets from a window's top-left corner in an
     * integral image of the given stride, then its two children; an absent third rect has zero
     * offsets (and zero weight). One contiguous run per node, so the inner loop touches one cache
     * line of tables per node instead of hopping through the feature table.
     */
    int[] nodeTable(int stride) {
        int nodes = c.nodeFeature.length;
        int[] o = new int[nodes * NODE_INTS];
        for (int n = 0; n < nodes; n++) {
            int f = c.nodeFeature[n];
            for (int r = 0; r < c.featureRectCount[f]; r++) {
                int g = 4 * (f * Cascade.MAX_RECTS + r);
                int x = c.rectGeometry[g], y = c.rectGeometry[g + 1], w = c.rectGeometry[g + 2], h = c.rectGeometry[g + 3];
                int k = n * NODE_INTS + 4 * r;
                o[k] = y * stride + x;
                o[k + 1] = y * stride + x + w;
                o[k + 2] = (y + h) * stride + x;
                o[k + 3] = (y + h) * stride + x + w;
            }
            o[n * NODE_INTS + 12] = c.nodeLeft[n];
            o[n * NODE_INTS + 13] = c.nodeRight[n];
        }
        return o;
    }

    /** Per node: its three rect weights (0 for an absent rect) and its threshold. */
    float[] nodeWeights() {
        int nodes = c.nodeFeature.length;
        float[] w = new float[nodes * 4];
        for (int n = 0; n < nodes; n++) {
            int f = c.nodeFeature[n];
            for (int r = 0; r < c.featureRectCount[f]; r++) w[n * 4 + r] = c.rectWeight[f * Cascade.MAX_RECTS + r];
            w[n * 4 + 3] = c.nodeThreshold[n];
        }
        return w;
    }

    /**
     * Whether the window at integral offset p passes every stage; the last stage's margin goes into
     * margin[0]. Thresholds are compared as value < threshold * nf, which saves a division per node.
     * The arrays are read into locals: this loop runs tens of millions of times per image.
     */
    boolean passes(int[] sum, int p, float nf, int[] table, float[] weights, float[] margin) {
        final float[] stageThreshold = c.stageThreshold, leafValue = c.leafValue;
        final int[] stageFirstWeak = c.stageFirstWeak, stageWeakCount = c.stageWeakCount;
        final int[] weakFirstNode = c.weakFirstNode, weakFirstLeaf = c.weakFirstLeaf;
        final int stages = stageThreshold.length;
        float stageSum = 0;
        for (int s = 0; s < stages; s++) {
            stageSum = 0;
            int first = stageFirstWeak[s], end = first + stageWeakCount[s];
            for (int k = first; k < end; k++) {
                int base = weakFirstNode[k];
                int idx = 0;
                do {
                    int n = base + idx;
                    int o = n * NODE_INTS, w = n * 4;
                    float value = weights[w] * (sum[p + table[o]] - sum[p + table[o + 1]] - sum[p + table[o + 2]] + sum[p + table[o + 3]])
                        + weights[w + 1] * (sum[p + table[o + 4]] - sum[p + table[o + 5]] - sum[p + table[o + 6]] + sum[p + table[o + 7]]);
                    float w2 = weights[w + 2];
                    if (w2 != 0f) {
                        value += w2 * (sum[p + table[o + 8]] - sum[p + table[o + 9]] - sum[p + table[o + 10]] + sum[p + table[o + 11]]);
                    }
                    idx = value < weights[w + 3] * nf ? table[o + 12] : table[o + 13];
                } while (idx > 0);
                stageSum += leafValue[weakFirstLeaf[k] - idx];
            }
            if (stageSum < stageThreshold[s]) return false;
        }
        margin[0] = stageSum - stageThreshold[stages - 1];
        return true;
    }
}
