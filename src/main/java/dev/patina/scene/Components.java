package dev.patina.scene;

/**
 * Clean-up of a binary cut by connected components (8-connected): a graph cut on colour models
 * leaves specks where a background colour happens to match the subject, and pinholes inside it.
 */
final class Components {
    private Components() {}

    /**
     * Labels of the 8-connected components of pixels where {@code on[i] == value}; returns the
     * label per pixel (-1 elsewhere) and, in {@code sizes[0]}, the area of each label.
     */
    static int[] label(boolean[] on, boolean value, int w, int h, int[][] sizes) {
        int n = w * h;
        int[] lab = new int[n];
        java.util.Arrays.fill(lab, -1);
        int[] stack = new int[Math.max(16, n)];
        int[] area = new int[64];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (on[s] != value || lab[s] >= 0) continue;
            if (count == area.length) area = java.util.Arrays.copyOf(area, count * 2);
            int sp = 0, a = 0;
            stack[sp++] = s;
            lab[s] = count;
            while (sp > 0) {
                int i = stack[--sp];
                a++;
                int x = i % w, y = i / w;
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= h) continue;
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= w || (dx == 0 && dy == 0)) continue;
                        int j = ny * w + nx;
                        if (on[j] == value && lab[j] < 0) { lab[j] = count; stack[sp++] = j; }
                    }
                }
            }
            area[count++] = a;
        }
        sizes[0] = java.util.Arrays.copyOf(area, count);
        return lab;
    }

    /**
     * Keeps the foreground components at least a quarter of the largest, and smaller ones that
     * hold a certain seed unless they are specks (under 2% of the largest: a saliency peak on a
     * small cloud is certain only by a threshold); fills background holes smaller than 0.05% of the image that hold no certain
     * background seed.
     */
    static boolean[] clean(boolean[] fg, byte[] trimap, int w, int h) {
        int n = w * h;
        int[][] sz = new int[1][];
        int[] lab = label(fg, true, w, h, sz);
        int[] area = sz[0];
        if (area.length == 0) return fg;
        boolean[] seeded = new boolean[area.length];
        int largest = 0;
        for (int a : area) largest = Math.max(largest, a);
        for (int i = 0; i < n; i++) if (lab[i] >= 0 && trimap[i] == Trimap.FG) seeded[lab[i]] = true;
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            int l = lab[i];
            out[i] = l >= 0 && (area[l] * 4 >= largest || (seeded[l] && area[l] * 50 >= largest));
        }
        int[] holes = label(out, false, w, h, sz);
        int[] harea = sz[0];
        boolean[] keepHole = new boolean[harea.length];
        for (int i = 0; i < n; i++) {
            int l = holes[i];
            if (l < 0) continue;
            int x = i % w, y = i / w;
            if (trimap[i] == Trimap.BG || x == 0 || y == 0 || x == w - 1 || y == h - 1 || harea[l] * 2000L >= n) keepHole[l] = true;
        }
        for (int i = 0; i < n; i++) if (holes[i] >= 0 && !keepHole[holes[i]]) out[i] = true;
        return out;
    }
}
