package dev.patina.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges the many raw windows a cascade fires around one face into one box, as OpenCV's
 * {@code groupRectangles} does: windows whose four edges all lie within {@code eps} times their mean
 * size of each other are the same object (transitively, so a chain of shifted windows is one
 * cluster); a cluster becomes the mean of its windows and survives only with more than
 * {@code minNeighbours} members, which is what rejects most false positives (a real face fires at
 * many nearby positions and scales, a texture by chance at one). A small surviving box lying inside a
 * bigger, better supported one is dropped.
 */
public final class RectGrouping {
    private RectGrouping() {}

    /** OpenCV's default tolerance for "the same object". */
    public static final double DEFAULT_EPS = 0.2;

    public static List<Detection> group(List<Detection> raw, int minNeighbours, double eps) {
        int n = raw.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (similar(raw.get(i), raw.get(j), eps)) union(parent, i, j);
            }
        }
        int[] classOf = new int[n];
        int[] rootToClass = new int[n];
        java.util.Arrays.fill(rootToClass, -1);
        int classes = 0;
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (rootToClass[r] < 0) rootToClass[r] = classes++;
            classOf[i] = rootToClass[r];
        }
        double[][] acc = new double[classes][4];
        int[] count = new int[classes];
        double[] best = new double[classes];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            Detection d = raw.get(i);
            int k = classOf[i];
            acc[k][0] += d.x();
            acc[k][1] += d.y();
            acc[k][2] += d.width();
            acc[k][3] += d.height();
            count[k] += d.neighbours();
            best[k] = Math.max(best[k], d.margin());
        }
        List<Detection> kept = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            if (count[k] <= minNeighbours) continue;
            int members = 0;
            for (int i = 0; i < n; i++) if (classOf[i] == k) members++;
            kept.add(new Detection(acc[k][0] / members, acc[k][1] / members, acc[k][2] / members, acc[k][3] / members,
                count[k], best[k]));
        }
        return dropNested(kept, eps);
    }

    /** Drops boxes inside a bigger one that has more support (or any, when the small one is weakly supported). */
    static List<Detection> dropNested(List<Detection> boxes, double eps) {
        List<Detection> out = new ArrayList<>();
        for (Detection a : boxes) {
            boolean inside = false;
            for (Detection b : boxes) {
                if (a == b) continue;
                double dx = b.width() * eps, dy = b.height() * eps;
                if (a.x() >= b.x() - dx && a.y() >= b.y() - dy && a.right() <= b.right() + dx && a.bottom() <= b.bottom() + dy
                        && (b.neighbours() > Math.max(3, a.neighbours()) || a.neighbours() < 3)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) out.add(a);
        }
        return out;
    }

    static boolean similar(Detection a, Detection b, double eps) {
        double delta = eps * (Math.min(a.width(), b.width()) + Math.min(a.height(), b.height())) * 0.5;
        return Math.abs(a.x() - b.x()) <= delta && Math.abs(a.y() - b.y()) <= delta
            && Math.abs(a.right() - b.right()) <= delta && Math.abs(a.bottom() - b.bottom()) <= delta;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
