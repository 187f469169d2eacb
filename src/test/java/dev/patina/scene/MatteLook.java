package dev.patina.scene;

import dev.patina.scene.MatteComposites.Composite;
import dev.patina.tools.Png;
import java.util.Locale;

/** Writes the composites, their truth and the computed mattes as PNGs to look at (not a test). */
public final class MatteLook {
    /** Image, truth and matte side by side. */
    static dev.patina.image.FloatImage strip(dev.patina.image.FloatImage img, float[] truth, float[] alpha) {
        int w = img.width(), h = img.height();
        dev.patina.image.FloatImage out = new dev.patina.image.FloatImage(3 * w, h);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int i = y * w + x;
            for (int c = 0; c < 3; c++) {
                out.plane(c)[y * 3 * w + x] = img.plane(c)[i];
                out.plane(c)[y * 3 * w + w + x] = dev.patina.image.Srgb.decode(truth[i]);
                out.plane(c)[y * 3 * w + 2 * w + x] = dev.patina.image.Srgb.decode(alpha[i]);
            }
        }
        return dev.patina.image.Resample.half(out);
    }

    static dev.patina.image.FloatImage strip(dev.patina.image.FloatImage img, float[] a, float[] b, int w, int h) {
        dev.patina.image.FloatImage out = new dev.patina.image.FloatImage(2 * w, h);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int i = y * w + x;
            for (int c = 0; c < 3; c++) {
                out.plane(c)[y * 2 * w + x] = dev.patina.image.Srgb.decode(Math.min(1, a[i]));
                out.plane(c)[y * 2 * w + w + x] = dev.patina.image.Srgb.decode(b[i]);
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        String dir = args.length > 0 ? args[0] : "/tmp/matte";
        new java.io.File(dir).mkdirs();
        int k = 0;
        for (var a : java.util.stream.Stream.concat(SubjectMatteQualityTest.composites(), SubjectMatteQualityTest.hardComposites()).toList()) {
            Object[] v = a.get();
            Composite c = SubjectMatteQualityTest.build((String) v[0], (String) v[1], (String) v[2]);
            long t0 = System.nanoTime();
            float[] alpha = SceneMatte.subject(c.image(), SubjectHints.none());
            long t1 = System.nanoTime();
            double iou = MatteComposites.iou(alpha, c.truth());
            double err = MatteComposites.bandError(alpha, c.truth(), MatteComposites.band(c.truth(), c.w(), c.h(), 3));
            System.out.printf(Locale.ROOT, "%d %-50s IoU %.3f  band err %.4f  %.0f ms%n", k, c.name(), iou, err, (t1 - t0) / 1e6);
            Png.write(strip(c.image(), c.truth(), alpha), dir + "/m" + k + ".png");
            WorkImage wi = WorkImage.of(new dev.patina.image.Pyramid(c.image()), WorkImage.pixelsFor(c.w(), c.h()));
            float[] d = MinimumBarrier.distance(wi.c, wi.width, wi.height);
            float mx = 0; for (float q : d) mx = Math.max(mx, q);
            byte[] tri = SubjectSeeds.trimap(wi, SubjectHints.none(), c.w(), c.h());
            float[] tv = new float[d.length];
            float[] bgn = MinimumBarrier.backgroundness(wi.c, wi.width, wi.height);
            for (int i = 0; i < d.length; i++) { d[i] = 0.5f * (d[i] / mx + bgn[i]); tv[i] = tri == null ? 0 : tri[i] / 3f; }
            System.out.printf(Locale.ROOT, "   max barrier %.3f%n", mx);
            Png.write(strip(c.image().copy(), d, tv, wi.width, wi.height), dir + "/s" + k + ".png");
            k++;
        }
    }
}
