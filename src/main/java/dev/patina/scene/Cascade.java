package dev.patina.scene;

/**
 * A boosted cascade of Haar-like features, as trained by OpenCV (Viola and Jones 2001, Lienhart and
 * Maydt 2002), held in flat arrays: the evaluator runs this millions of times per image, and flat
 * primitive arrays keep it free of pointer chasing and boxing.
 *
 * <p>A window passes stage s when the sum of its weak classifiers' leaf values reaches
 * {@code stageThreshold[s]}. A weak classifier is a small tree: from its first node, a feature value
 * below the node's threshold goes to {@code nodeLeft}, else to {@code nodeRight}; a child index
 * {@code > 0} is another node of the same tree, {@code <= 0} is leaf {@code -index} (OpenCV's
 * encoding, kept so the file's numbers are used as they are). Features are up to three weighted
 * upright rectangles in window coordinates.
 */
public final class Cascade {
    /** Rectangles per feature: OpenCV's Haar features use two or three. */
    public static final int MAX_RECTS = 3;

    final int windowWidth, windowHeight;
    final float[] stageThreshold;
    final int[] stageFirstWeak, stageWeakCount;
    final int[] weakFirstNode, weakFirstLeaf;
    final int[] nodeLeft, nodeRight, nodeFeature;
    final float[] nodeThreshold;
    final float[] leafValue;
    /** Per feature: rect count, and MAX_RECTS rects of (x, y, w, h) and a weight. */
    final int[] featureRectCount;
    final int[] rectGeometry; // feature * MAX_RECTS * 4
    final float[] rectWeight; // feature * MAX_RECTS

    Cascade(int windowWidth, int windowHeight, float[] stageThreshold, int[] stageFirstWeak, int[] stageWeakCount,
            int[] weakFirstNode, int[] weakFirstLeaf, int[] nodeLeft, int[] nodeRight, int[] nodeFeature,
            float[] nodeThreshold, float[] leafValue, int[] featureRectCount, int[] rectGeometry, float[] rectWeight) {
        this.windowWidth = windowWidth;
        this.windowHeight = windowHeight;
        this.stageThreshold = stageThreshold;
        this.stageFirstWeak = stageFirstWeak;
        this.stageWeakCount = stageWeakCount;
        this.weakFirstNode = weakFirstNode;
        this.weakFirstLeaf = weakFirstLeaf;
        this.nodeLeft = nodeLeft;
        this.nodeRight = nodeRight;
        this.nodeFeature = nodeFeature;
        this.nodeThreshold = nodeThreshold;
        this.leafValue = leafValue;
        this.featureRectCount = featureRectCount;
        this.rectGeometry = rectGeometry;
        this.rectWeight = rectWeight;
    }

    public int windowWidth() { return windowWidth; }

    public int windowHeight() { return windowHeight; }

    public int stageCount() { return stageThreshold.length; }

    public int featureCount() { return featureRectCount.length; }

    public int weakCount() { return weakFirstNode.length; }
}
