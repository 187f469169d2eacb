package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import dev.patina.image.Resample;
import dev.patina.image.Srgb;
import dev.patina.io.ImageDecoder;
import dev.patina.tools.Png;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes, for a real image, the image | subject matte | the subject over grey | sky matte, reduced
 * to fit 1600 px wide, to look at (not a test). Args: IMAGE OUT.png [face x,y,w,h ...].
 */
public final class AiLook {
    public static void main(String[] args) throws Exception {
        FloatImage img = new ImageDecoder().decode(Path.of(args[0])).image();
        List<Rect> faces = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] f = args[i].split(",");
            faces.add(new Rect(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])));
        }
        long t0 = System.nanoTime();
        SceneMatte m = SceneMatte.of(img);
        float[] subj = m.subject(SubjectHints.none().withFaces(faces));
        long t1 = System.nanoTime();
        float[] sky = m.sky();
        long t2 = System.nanoTime();
        System.out.printf("%s %dx%d subject %.0f ms sky %.0f ms%n", args[0], img.width(), img.height(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        int w = img.width(), h = img.height();
        FloatImage out = new FloatImage(4 * w, h);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int i = y * w + x, o = y * 4 * w + x;
            for (int c = 0; c < 3; c++) {
                float v = img.plane(c)[i];
                out.plane(c)[o] = v;
                out.plane(c)[o + w] = Srgb.decode(subj[i]);
                float grey = (x / 16 + y / 16) % 2 == 0 ? 0.18f : 0.05f;
                out.plane(c)[o + 2 * w] = subj[i] * v + (1 - subj[i]) * (c == 1 ? grey * 2 : grey);
                out.plane(c)[o + 3 * w] = Srgb.decode(sky[i]);
            }
        }
        while (out.width() > 3200) out = Resample.half(out);
        if (out.width() > 1600) out = Resample.area(out, 1600, (int) Math.round(out.height() * 1600.0 / out.width()));
        Png.write(out, args[1]);
    }
}
