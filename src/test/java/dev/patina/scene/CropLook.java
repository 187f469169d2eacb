package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import dev.patina.io.ImageDecoder;
import dev.patina.tools.Png;
import java.nio.file.Path;

/** IMAGE MASK.png OUT.png x y w h: the crop, its matte, and the subject over a checker (not a test). */
public final class CropLook {
    public static void main(String[] a) throws Exception {
        FloatImage img = new ImageDecoder().decode(Path.of(a[0])).image();
        float[] m = MatteComposites.grey(Path.of(a[1]));
        int x0 = Integer.parseInt(a[3]), y0 = Integer.parseInt(a[4]), cw = Integer.parseInt(a[5]), ch = Integer.parseInt(a[6]);
        int w = img.width();
        FloatImage out = new FloatImage(3 * cw, ch);
        for (int y = 0; y < ch; y++) for (int x = 0; x < cw; x++) {
            int i = (y + y0) * w + x + x0, o = y * 3 * cw + x;
            for (int c = 0; c < 3; c++) {
                float v = img.plane(c)[i], g = ((x / 8 + y / 8) % 2 == 0 ? 0.18f : 0.05f) * (c == 1 ? 2 : 1);
                out.plane(c)[o] = v;
                out.plane(c)[o + cw] = Srgb.decode(m[i]);
                out.plane(c)[o + 2 * cw] = m[i] * v + (1 - m[i]) * g;
            }
        }
        Png.write(out, a[2]);
    }
}
