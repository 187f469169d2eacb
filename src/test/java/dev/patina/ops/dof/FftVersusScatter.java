package dev.patina.ops.dof;

import dev.patina.image.FloatImage;
import dev.patina.testing.TestImages;
import org.jtransforms.fft.FloatFFT_2D;

import java.util.Arrays;

/**
 * Manual measurement behind the choice of span scattering over FFT convolution (run as a main):
 * one RGBA layer convolved with a disc by FFT, against the whole layered scatter of the same image.
 */
public class FftVersusScatter {
    public static void main(String[] args) {
        int w = 1732, h = 1155;
        float diameter = args.length > 0 ? Float.parseFloat(args[0]) : 30;
        FloatImage img = TestImages.scene(w, h, 1);
        float[] coc = new float[w * h];
        // A ramp of CoCs from −diameter to +diameter over the rows: many layers, as a real scene has.
        for (int y = 0; y < h; y++) Arrays.fill(coc, y * w, (y + 1) * w, diameter * (2f * y / h - 1));
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            LayeredBokeh.render(img, coc, new Aperture(0), () -> false);
            long t1 = System.nanoTime();
            int pw = Integer.highestOneBit(w + (int) diameter) * 2, ph = Integer.highestOneBit(h + (int) diameter) * 2;
            FloatFFT_2D fft = new FloatFFT_2D(ph, pw);
            float[] kernel = new float[ph * pw * 2];
            float r = diameter / 2;
            for (int y = -(int) r; y <= r; y++) for (int x = -(int) r; x <= r; x++) {
                if (x * x + y * y <= r * r) kernel[(((y + ph) % ph) * pw + (x + pw) % pw) * 2] = 1;
            }
            fft.complexForward(kernel);
            for (int c = 0; c < 4; c++) {
                float[] data = new float[ph * pw * 2];
                float[] p = c < 3 ? img.plane(c) : null;
                for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) data[(y * pw + x) * 2] = p == null ? 1 : p[y * w + x];
                fft.complexForward(data);
                for (int i = 0; i < ph * pw; i++) {
                    float a = data[2 * i], b = data[2 * i + 1], kr = kernel[2 * i], ki = kernel[2 * i + 1];
                    data[2 * i] = a * kr - b * ki;
                    data[2 * i + 1] = a * ki + b * kr;
                }
                fft.complexInverse(data, true);
            }
            long t2 = System.nanoTime();
            int layers = LayeredBokeh.knots(diameter).length;
            System.out.printf("%dx%d, CoC up to %.0f px: layered scatter %.0f ms; FFT of ONE RGBA layer %.0f ms (x%d layers = %.0f ms)%n",
                w, h, diameter, (t1 - t0) / 1e6, (t2 - t1) / 1e6, layers, layers * (t2 - t1) / 1e6);
        }
    }
}
