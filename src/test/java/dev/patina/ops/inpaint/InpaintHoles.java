package dev.patina.ops.inpaint;

import java.util.Random;

/** Synthetic holes for the fill tests and the bench: masks of 0/1 over a w x h picture. */
final class InpaintHoles {
    private InpaintHoles() {}

    /** A round blob covering {@code fraction} of the picture, centred at (cx, cy) in fractions. */
    static float[] blob(int w, int h, double fraction, double cx, double cy) {
        double r = Math.sqrt(fraction * w * h / Math.PI);
        float[] m = new float[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            double dx = x + 0.5 - cx * w, dy = y + 0.5 - cy * h;
            if (dx * dx + dy * dy <= r * r) m[y * w + x] = 1;
        }
        return m;
    }

    /** Random thin strokes (polylines) of the given width in pixels. */
    static float[] scratches(int w, int h, int strokes, double width, long seed) {
        float[] m = new float[w * h];
        Random rnd = new Random(seed);
        for (int s = 0; s < strokes; s++) {
            double x = rnd.nextDouble() * w, y = rnd.nextDouble() * h, a = rnd.nextDouble() * 2 * Math.PI;
            for (int seg = 0; seg < 4; seg++) {
                double len = (0.1 + 0.15 * rnd.nextDouble()) * Math.min(w, h);
                double nx = x + Math.cos(a) * len, ny = y + Math.sin(a) * len;
                line(m, w, h, x, y, nx, ny, width / 2);
                x = nx; y = ny;
                a += (rnd.nextDouble() - 0.5) * 1.5;
            }
        }
        return m;
    }

    /**
     * An object-shaped hole: a standing figure (head disc on a rounded body with two arms), about
     * {@code heightFraction} of the picture high, feet at (cx, bottomY).
     */
    static float[] figure(int w, int h, double cx, double bottomY, double heightFraction) {
        float[] m = new float[w * h];
        double H = heightFraction * h, x0 = cx * w, yb = bottomY * h;
        double headR = 0.12 * H, bodyW = 0.22 * H;
        double headY = yb - H + headR;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            double dx = x + 0.5 - x0, dy = y + 0.5 - headY;
            boolean in = dx * dx + dy * dy <= headR * headR;
            double top = headY + headR * 0.9;
            if (y >= top && y <= yb) {
                double t = (y - top) / (yb - top);
                double half = bodyW * (0.8 + 0.4 * Math.sin(Math.PI * Math.min(1, t * 1.3)));
                if (t > 0.6) half *= 0.55; // legs narrower
                in |= Math.abs(dx) <= half;
            }
            m[y * w + x] = in ? 1 : 0;
        }
        // arms
        line(m, w, h, x0 - bodyW, headY + 2 * headR, x0 - 1.9 * bodyW, headY + 4.5 * headR, 0.05 * H);
        line(m, w, h, x0 + bodyW, headY + 2 * headR, x0 + 2.0 * bodyW, headY + 3.5 * headR, 0.05 * H);
        return m;
    }

    /** A half-disc hole cut by the picture's left edge. */
    static float[] borderBlob(int w, int h, double fraction) {
        double r = Math.sqrt(2 * fraction * w * h / Math.PI);
        float[] m = new float[w * h];
        double cy = 0.5 * h;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            double dx = x + 0.5, dy = y + 0.5 - cy;
            if (dx * dx + dy * dy <= r * r) m[y * w + x] = 1;
        }
        return m;
    }

    private static void line(float[] m, int w, int h, double x0, double y0, double x1, double y1, double r) {
        int minX = (int) Math.max(0, Math.floor(Math.min(x0, x1) - r)), maxX = (int) Math.min(w - 1, Math.ceil(Math.max(x0, x1) + r));
        int minY = (int) Math.max(0, Math.floor(Math.min(y0, y1) - r)), maxY = (int) Math.min(h - 1, Math.ceil(Math.max(y0, y1) + r));
        double vx = x1 - x0, vy = y1 - y0, len2 = Math.max(1e-9, vx * vx + vy * vy);
        for (int y = minY; y <= maxY; y++) for (int x = minX; x <= maxX; x++) {
            double px = x + 0.5 - x0, py = y + 0.5 - y0;
            double t = Math.max(0, Math.min(1, (px * vx + py * vy) / len2));
            double ex = px - t * vx, ey = py - t * vy;
            if (ex * ex + ey * ey <= r * r) m[y * w + x] = 1;
        }
    }

    static double fraction(float[] m) {
        int n = 0;
        for (float v : m) if (v > 0.5f) n++;
        return n / (double) m.length;
    }
}
