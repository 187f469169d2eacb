package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Resample;
import dev.patina.ops.depth.MinMaxFilter;
import dev.patina.testdata.SharedData;
import dev.patina.testing.Pngs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Composites with a known matte, built from the shared real photographs: a foreground pasted with
 * its soft alpha over a different photograph (I = αF + (1-α)B), so the truth is exact.
 */
final class MatteComposites {
    /** A composite image and its true alpha. */
    record Composite(String name, FloatImage image, float[] truth) {
        int w() { return image.width(); }
        int h() { return image.height(); }
    }

    private MatteComposites() {}

    static Path photos() { return SharedData.require("photos"); }

    static FloatImage photo(String name) { return Pngs.read(photos().resolve(name)); }

    /** A photo resized to w x h (area averaging; aspect may change a little, it is a background). */
    static FloatImage background(String name, int w, int h) {
        // "photo.png@x0,y0,x1,y1": a crop given in fractions of the photo's width and height.
        String[] parts = name.split("@");
        FloatImage b = photo(parts[0]);
        if (parts.length > 1) {
            String[] f = parts[1].split(",");
            int x0 = (int) (Double.parseDouble(f[0]) * b.width()), y0 = (int) (Double.parseDouble(f[1]) * b.height());
            int x1 = (int) (Double.parseDouble(f[2]) * b.width()), y1 = (int) (Double.parseDouble(f[3]) * b.height());
            b = b.crop(new dev.patina.image.Rect(x0, y0, x1 - x0, y1 - y0)).movedTo(0, 0);
        }
        while (b.width() / 2 >= w && b.height() / 2 >= h) b = Resample.half(b);
        return Resample.area(b, w, h);
    }

    /**
     * The alpha-matting sample's plant (its reference matte as truth) over another photograph, with
     * a margin so the subject does not touch the frame (as a framed subject would not).
     */
    static Composite plant(String bgName) {
        FloatImage fg = photo("opencv-alphamat/plant.jpg");
        float[] a = grey(photos().resolve("opencv-alphamat/plant_result_matte.png"));
        int fw = fg.width(), fh = fg.height();
        int w = 760, h = 520, ox = (w - fw) / 2, oy = 110;
        FloatImage bg = background(bgName, w, h);
        float[] truth = new float[w * h];
        for (int y = 0; y < fh; y++) for (int x = 0; x < fw; x++) {
            int j = (y + oy) * w + x + ox;
            if (y + oy >= h) continue;
            truth[j] = a[y * fw + x];
            for (int c = 0; c < 3; c++) bg.plane(c)[j] = truth[j] * fg.plane(c)[y * fw + x] + (1 - truth[j]) * bg.plane(c)[j];
        }
        return new Composite("plant over " + bgName, bg, truth);
    }

    /**
     * A person-like silhouette (head on shoulders, cut by the bottom of the frame) textured with a
     * crop of one photograph and pasted with a soft edge (smoothstep over {@code soft} px) over another.
     */
    static Composite bust(String fgName, String bgName, int w, int h, double soft) {
        FloatImage tex = background(fgName, w, h), bg = background(bgName, w, h);
        float[] truth = new float[w * h];
        double hx = 0.5 * w, hy = 0.36 * h, hr = 0.16 * h;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            double dHead = Math.hypot(x + 0.5 - hx, y + 0.5 - hy) - hr;
            // Shoulders: a rounded box from 0.55 h down past the bottom, 0.56 w wide.
            double bx = Math.abs(x + 0.5 - hx) - 0.28 * w, by = 0.58 * h - (y + 0.5);
            double rr = 0.07 * w;
            double qx = Math.max(bx + rr, 0), qy = Math.max(by + rr, 0);
            double dBody = Math.hypot(qx, qy) + Math.min(Math.max(bx + rr, by + rr), 0) - rr;
            double neck = Math.max(Math.abs(x + 0.5 - hx) - 0.06 * w, Math.abs(y + 0.5 - 0.5 * h) - 0.1 * h);
            double d = Math.min(dHead, Math.min(dBody, neck));
            double t = Math.max(0, Math.min(1, 0.5 - d / soft));
            float a = (float) (t * t * (3 - 2 * t));
            int i = y * w + x;
            truth[i] = a;
            for (int c = 0; c < 3; c++) bg.plane(c)[i] = a * tex.plane(c)[i] + (1 - a) * bg.plane(c)[i];
        }
        return new Composite(fgName + " bust over " + bgName, bg, truth);
    }

    /** 8- or 16-bit grey PNG as 0..1. */
    static float[] grey(Path p) {
        try {
            BufferedImage img = ImageIO.read(p.toFile());
            int w = img.getWidth(), h = img.getHeight();
            int bits = img.getColorModel().getComponentSize(0);
            float max = (1 << bits) - 1;
            float[] out = new float[w * h];
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out[y * w + x] = img.getRaster().getSample(x, y, 0) / max;
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Intersection over union of the two mattes thresholded at 0.5. */
    static double iou(float[] a, float[] truth) {
        long inter = 0, union = 0;
        for (int i = 0; i < a.length; i++) {
            boolean p = a[i] >= 0.5f, q = truth[i] >= 0.5f;
            if (p && q) inter++;
            if (p || q) union++;
        }
        return union == 0 ? 1 : inter / (double) union;
    }

    /**
     * The boundary band: where the truth is neither 0 nor 1, grown by {@code grow} px, so a cut that
     * misses a hard edge by a few pixels is counted too.
     */
    static boolean[] band(float[] truth, int w, int h, int grow) {
        float[] soft = new float[truth.length];
        for (int i = 0; i < truth.length; i++) soft[i] = truth[i] > 0.02f && truth[i] < 0.98f ? 1 : 0;
        float[] g = MinMaxFilter.max(soft, w, h, grow);
        boolean[] b = new boolean[truth.length];
        for (int i = 0; i < b.length; i++) b[i] = g[i] > 0;
        return b;
    }

    static double bandError(float[] a, float[] truth, boolean[] band) {
        double s = 0;
        long n = 0;
        for (int i = 0; i < a.length; i++) if (band[i]) { s += Math.abs(a[i] - truth[i]); n++; }
        return n == 0 ? 0 : s / n;
    }
}
