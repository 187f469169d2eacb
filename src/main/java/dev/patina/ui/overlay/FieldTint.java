package dev.patina.ui.overlay;

import dev.patina.image.Rect;
import dev.patina.ui.canvas.TileTint;

/**
 * Lays a {@link ColourField} over preview tiles of any scale: each screen pixel takes the field
 * bilinearly at its centre (premultiplied, so a colour never bleeds out of a transparent
 * neighbour) and is mixed with it by its alpha. The field is usually at the preview's own scale, so
 * this is one tap per pixel; coarse passes and zooms past the field's size interpolate.
 */
public record FieldTint(ColourField field) implements TileTint {

    @Override public void tint(Rect tile, double scale, int fullWidth, int fullHeight, int[] rgb) {
        int w = tile.width(), h = tile.height();
        double fx = field.width() / (fullWidth * scale), fy = field.height() / (fullHeight * scale);
        int[] x0 = new int[w];
        float[] xf = new float[w];
        for (int x = 0; x < w; x++) {
            double p = (tile.x() + x + 0.5) * fx - 0.5;
            x0[x] = (int) Math.floor(p);
            xf[x] = (float) (p - x0[x]);
        }
        float[] c = new float[4];
        for (int y = 0; y < h; y++) {
            double p = (tile.y() + y + 0.5) * fy - 0.5;
            int y0 = (int) Math.floor(p);
            float yf = (float) (p - y0);
            for (int x = 0; x < w; x++) {
                sample(x0[x], y0, xf[x], yf, c);
                if (c[3] <= 0) continue;
                int i = y * w + x;
                int pr = rgb[i] >>> 16 & 0xff, pg = rgb[i] >>> 8 & 0xff, pb = rgb[i] & 0xff;
                float keep = 1 - c[3];
                rgb[i] = channel(pr * keep + c[0]) << 16 | channel(pg * keep + c[1]) << 8 | channel(pb * keep + c[2]);
            }
        }
    }

    /** Premultiplied r, g, b (0..255) and alpha (0..1) at fractional position (x0 + xf, y0 + yf). */
    private void sample(int x0, int y0, float xf, float yf, float[] out) {
        java.util.Arrays.fill(out, 0);
        add(field.at(x0, y0), (1 - xf) * (1 - yf), out);
        if (xf > 0) add(field.at(x0 + 1, y0), xf * (1 - yf), out);
        if (yf > 0) {
            add(field.at(x0, y0 + 1), (1 - xf) * yf, out);
            if (xf > 0) add(field.at(x0 + 1, y0 + 1), xf * yf, out);
        }
    }

    private static void add(int argb, float weight, float[] out) {
        float a = (argb >>> 24) / 255f * weight;
        if (a == 0) return;
        out[0] += (argb >>> 16 & 0xff) * a;
        out[1] += (argb >>> 8 & 0xff) * a;
        out[2] += (argb & 0xff) * a;
        out[3] += a;
    }

    private static int channel(float v) {
        return Math.max(0, Math.min(255, Math.round(v)));
    }
}
