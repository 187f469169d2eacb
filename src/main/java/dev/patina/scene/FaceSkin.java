package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import dev.patina.image.Srgb;

import java.util.List;

/**
 * The skin colour of the faces in a picture: the CIELAB mean and per-axis spread of the skin-like
 * pixels in the middle of each face box (cheeks, nose, forehead; the eyes, brows and lips are a
 * minority there and fall outside the wedge), and a membership that falls off with the distance
 * from that mean in units of the spread. Calibrating on the picture's own faces is what tells a
 * warm-lit face from the orange coral next to it, which a fixed skin wedge cannot.
 */
final class FaceSkin {
    /** Membership is full within this many spreads of the face's mean and gone beyond twice it. */
    static final double CORE = 2.0;
    private final double[] mean = new double[3], spread = new double[3];

    private FaceSkin() {}

    static FaceSkin of(FloatImage img, List<Face> faces) {
        FaceSkin m = new FaceSkin();
        double[] sum = new double[3], sum2 = new double[3], lab = new double[3];
        double n = 0;
        int w = img.width(), h = img.height();
        for (Face f : faces) {
            Rect b = f.box();
            int x0 = clamp(b.x() + b.width() / 4, w), x1 = clamp(b.right() - b.width() / 4, w);
            int y0 = clamp(b.y() + b.height() / 4, h), y1 = clamp(b.bottom() - b.height() / 5, h);
            int step = Math.max(1, (int) Math.sqrt((double) (x1 - x0) * (y1 - y0) / 4000));
            for (int y = y0; y < y1; y += step) for (int x = x0; x < x1; x += step) {
                int i = y * w + x;
                SkinLikelihood.lab(Srgb.encode(img.plane(0)[i]), Srgb.encode(img.plane(1)[i]), Srgb.encode(img.plane(2)[i]), lab);
                double weight = SkinLikelihood.membership(lab[0], lab[1], lab[2]);
                if (weight <= 0.2) continue;
                for (int c = 0; c < 3; c++) { sum[c] += weight * lab[c]; sum2[c] += weight * lab[c] * lab[c]; }
                n += weight;
            }
        }
        // Floors: a face in even light would otherwise accept only its own exact tone.
        double[] floor = {6, 3, 3};
        for (int c = 0; c < 3; c++) {
            m.mean[c] = n > 0 ? sum[c] / n : new double[] {65, 14, 18}[c];
            double var = n > 0 ? sum2[c] / n - m.mean[c] * m.mean[c] : 100;
            m.spread[c] = Math.max(floor[c], Math.sqrt(Math.max(0, var)));
        }
        // Shadowed skin is darker but the same colour: lightness may fall further than it may rise.
        m.spread[0] = Math.max(m.spread[0], 12);
        return m;
    }

    private static int clamp(int v, int n) { return Math.max(0, Math.min(n, v)); }

    /** Membership of a linear-light colour: 1 near the faces' skin, falling to 0 at twice the core distance. */
    float membership(float r, float g, float b) {
        double[] lab = new double[3];
        SkinLikelihood.lab(Srgb.encode(r), Srgb.encode(g), Srgb.encode(b), lab);
        double d2 = 0;
        for (int c = 0; c < 3; c++) {
            double z = (lab[c] - mean[c]) / spread[c];
            d2 += z * z;
        }
        double d = Math.sqrt(d2);
        return (float) Math.max(0, Math.min(1, (2 * CORE - d) / CORE));
    }
}
