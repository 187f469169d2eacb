package dev.patina.ops.skin;

import dev.patina.image.Plane;

import dev.patina.image.Rect;
import dev.patina.image.BoxMean;
import dev.patina.image.Scratch;

/**
 * Box blurs of skin-retouch planes (CIELAB values up to a few hundred: 2^16 fixed-point steps per
 * unit keep sums of large windows far inside a long), on {@link BoxMean} so tiles agree exactly.
 */
final class BoxFilter {
    private static final double FIXED_POINT = 1 << 16;

    private BoxFilter() {}

    /** Means over (2r+1)² windows; the result covers src's rect shrunk by r on every side. */
    static Plane mean(Plane src, int r) {
        if (r <= 0) return src;
        int sw = src.rect.width(), sh = src.rect.height();
        Rect orect = new Rect(src.rect.x() + r, src.rect.y() + r, sw - 2 * r, sh - 2 * r);
        if (orect.width() <= 0 || orect.height() <= 0) throw new IllegalArgumentException("box radius " + r + " too large for " + src.rect);
        float[] out = new float[(int) orect.area()];
        BoxMean.inner(src.v, sw, sh, r, FIXED_POINT, out, Scratch.current());
        return new Plane(orect, out);
    }

    /** Two passes of {@link #mean}: a tent-shaped, nearly Gaussian blur; shrinks the rect by 2r. */
    static Plane blur(Plane src, int r) {
        return mean(mean(src, r), r);
    }

    /**
     * A two-pass blur of standard deviation exactly sigma, so small blurs (previews) are not off by
     * a whole pixel of radius: a first box pass, then a blend of box passes of radii b and b+1 (a
     * mixture of two kernels has the weighted mean of their variances), with radii chosen so the
     * blend weight stays in [0, 1]. Shrinks the rect by 2 {@link #reach(double)}.
     */
    static Plane blurSigma(Plane src, double sigma) {
        int r = floorRadius(sigma);
        double target = sigma * sigma, lo = variance(r) / 2, hi = variance(r + 1) / 2;
        // One pass of radius r has variance lo; the second pass blends radii r and r+1.
        int first = target <= lo + hi ? r : r + 1;
        double firstVar = first == r ? lo : hi;
        float t = (float) Math.min(1, Math.max(0, (target - firstVar - lo) / (hi - lo)));
        Plane once = mean(src, first);
        Plane wide = mean(once, r + 1), narrow = mean(once, r);
        Rect rect = new Rect(src.rect.x() + 2 * (r + 1), src.rect.y() + 2 * (r + 1),
            src.rect.width() - 4 * (r + 1), src.rect.height() - 4 * (r + 1));
        Plane out = new Plane(rect);
        for (int y = rect.y(); y < rect.bottom(); y++) {
            int ni = narrow.index(rect.x(), y), wi = wide.index(rect.x(), y), oi = out.index(rect.x(), y);
            for (int x = 0; x < rect.width(); x++) out.v[oi + x] = narrow.v[ni + x] + t * (wide.v[wi + x] - narrow.v[ni + x]);
        }
        return out;
    }

    /** Half the shrink of {@link #blurSigma}. */
    static int reach(double sigma) {
        return floorRadius(sigma) + 1;
    }

    private static double variance(int r) {
        return 2.0 * r * (r + 1) / 3.0;
    }

    /** The largest r whose two-pass variance does not exceed sigma². */
    private static int floorRadius(double sigma) {
        int r = (int) Math.floor((-1 + Math.sqrt(1 + 6 * sigma * sigma)) / 2);
        return Math.max(0, r);
    }

    /** The box radius whose two passes have standard deviation close to sigma (variance 2r(r+1)/3). */
    static int radiusForSigma(double sigma) {
        return (int) Math.round((-1 + Math.sqrt(1 + 6 * sigma * sigma)) / 2);
    }
}
