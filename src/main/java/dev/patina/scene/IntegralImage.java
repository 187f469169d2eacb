package dev.patina.scene;

/**
 * Summed-area tables of an 8-bit grey image (Crow 1984; Viola and Jones's "integral image"): any
 * rectangle sum is four lookups, which is what makes evaluating thousands of Haar features per
 * window affordable. The plain sums fit an int up to 8 MP of 255s; the squared sums (for the
 * window's variance) need a long. Both are (w+1) x (h+1) with a zero first row and column.
 */
final class IntegralImage {
    final int width, height, stride;
    final int[] sum;
    final long[] squares;

    IntegralImage(LumaPlane luma) {
        width = luma.width;
        height = luma.height;
        if ((long) width * height > 8_000_000L) throw new IllegalArgumentException("integral image too large: " + width + "x" + height);
        stride = width + 1;
        sum = new int[stride * (height + 1)];
        squares = new long[stride * (height + 1)];
        float[] v = luma.v;
        for (int y = 0; y < height; y++) {
            int rowSum = 0;
            long rowSq = 0;
            int src = y * width, above = y * stride + 1, here = (y + 1) * stride + 1;
            for (int x = 0; x < width; x++) {
                // Quantised as the cascades' 8-bit training images were.
                int p = Math.min(255, Math.max(0, Math.round(v[src + x])));
                rowSum += p;
                rowSq += p * p;
                sum[here + x] = sum[above + x] + rowSum;
                squares[here + x] = squares[above + x] + rowSq;
            }
        }
    }

    /** Sum over [x, x+w) x [y, y+h). */
    int sum(int x, int y, int w, int h) {
        int a = y * stride + x, b = (y + h) * stride + x;
        return sum[b + w] - sum[b] - sum[a + w] + sum[a];
    }

    long squares(int x, int y, int w, int h) {
        int a = y * stride + x, b = (y + h) * stride + x;
        return squares[b + w] - squares[b] - squares[a + w] + squares[a];
    }
}
