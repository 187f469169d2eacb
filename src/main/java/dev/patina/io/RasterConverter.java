package dev.patina.io;

import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Turns a decoded BufferedImage into upright linear-light float RGB.
 * <ul>
 * <li>sRGB and plain grey samples go through the exact decode tables (16-bit keeps 16-bit steps).
 *     Grey without a profile is taken as sRGB-encoded, as every viewer shows it (ImageIO labels it
 *     with Java's linear grey space, which would brighten it).</li>
 * <li>Any other colour space (an embedded ICC profile, CMYK) is converted to 16-bit sRGB with the
 *     JDK's colour management in strips of rows, so precision is kept and memory stays bounded.</li>
 * <li>Alpha is flattened over white in sRGB-encoded values, which is what browsers and viewers
 *     show for a transparent PNG; the exports (JPEG, TIFF) carry no alpha.</li>
 * </ul>
 */
final class RasterConverter {
    private static final int STRIP = 256;
    private static final int BAND = 64;
    private static final ColorSpace JAVA_GREY = ColorSpace.getInstance(ColorSpace.CS_GRAY);
    private static final ColorSpace SRGB = ColorSpace.getInstance(ColorSpace.CS_sRGB);

    private RasterConverter() {}

    /**
     * @param fileProfile an ICC profile found in the file that the reader did not apply (PNG iCCP),
     *                    or null; used only when the reader labelled the pixels plain sRGB or grey
     */
    static FloatImage toLinear(BufferedImage img, int orientation, ICC_Profile fileProfile) {
        int w = img.getWidth(), h = img.getHeight();
        Orientation o = Orientation.of(orientation, w, h);
        FloatImage out = new FloatImage(o.width(), o.height());
        ColorModel cm = img.getColorModel();
        WritableRaster raster = img.getRaster();
        SampleRows rows = cm instanceof IndexColorModel ? null : SampleRows.of(raster);
        if (rows == null) {
            argbRows(img, o, out);
            return out;
        }
        int colours = cm.getNumColorComponents();
        int alphaBand = cm.hasAlpha() && raster.getNumBands() > colours ? colours : -1;
        ColorSpace cs = cm.getColorSpace();
        if (fileProfile != null && (cs.isCS_sRGB() || cs == JAVA_GREY)
                && fileProfile.getNumComponents() == colours && !IccProfiles.isSrgb(fileProfile)) {
            cs = new ICC_ColorSpace(fileProfile);
        }
        if (cs.isCS_sRGB() || cs == JAVA_GREY) {
            direct(rows, colours, alphaBand, w, h, o, out);
        } else {
            converted(raster, rows, cs, colours, alphaBand, w, h, o, out);
        }
        return out;
    }

    private static void direct(SampleRows rows, int colours, int alphaBand, int w, int h, Orientation o, FloatImage out) {
        // bands of rows in parallel: each writes its own output pixels, so the result is the same
        java.util.stream.IntStream.range(0, (h + BAND - 1) / BAND).parallel().forEach(band -> {
            int[] r = new int[w], g = colours >= 3 ? new int[w] : r, b = colours >= 3 ? new int[w] : r;
            int[] a = alphaBand >= 0 ? new int[w] : null;
            for (int y = band * BAND; y < Math.min(h, (band + 1) * BAND); y++) {
                rows.row(0, y, w, r);
                if (colours >= 3) { rows.row(1, y, w, g); rows.row(2, y, w, b); }
                if (a != null) rows.row(alphaBand, y, w, a);
                emit(y, w, r, g, b, rows.bits, a, rows.bits, o, out);
            }
        });
    }

    private static void converted(WritableRaster raster, SampleRows rows, ColorSpace cs, int colours, int alphaBand,
                                  int w, int h, Orientation o, FloatImage out) {
        ColorConvertOp op = new ColorConvertOp(cs, SRGB, null);
        int[] bands = new int[colours];
        for (int i = 0; i < colours; i++) bands[i] = i;
        int[] r = new int[w], g = new int[w], b = new int[w];
        int[] a = alphaBand >= 0 ? new int[w] : null;
        WritableRaster strip = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, w, Math.min(STRIP, h), 3, null);
        for (int y0 = 0; y0 < h; y0 += STRIP) {
            int n = Math.min(STRIP, h - y0);
            Raster src = raster.createChild(0, y0, w, n, 0, 0, bands);
            WritableRaster dst = n == strip.getHeight() ? strip : strip.createWritableChild(0, 0, w, n, 0, 0, null);
            op.filter(src, dst);
            SampleRows conv = SampleRows.of(dst);
            for (int y = 0; y < n; y++) {
                conv.row(0, y, w, r);
                conv.row(1, y, w, g);
                conv.row(2, y, w, b);
                if (a != null) rows.row(alphaBand, y0 + y, w, a);
                emit(y0 + y, w, r, g, b, 16, a, rows.bits, o, out);
            }
        }
    }

    /** Palette, packed and odd layouts: the colour model converts each row to 8-bit sRGB ARGB. */
    private static void argbRows(BufferedImage img, Orientation o, FloatImage out) {
        int w = img.getWidth(), h = img.getHeight();
        int[] argb = new int[w], r = new int[w], g = new int[w], b = new int[w], a = new int[w];
        boolean alpha = img.getColorModel().hasAlpha();
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, argb, 0, w);
            for (int x = 0; x < w; x++) {
                int v = argb[x];
                a[x] = v >>> 24; r[x] = (v >> 16) & 0xff; g[x] = (v >> 8) & 0xff; b[x] = v & 0xff;
            }
            emit(y, w, r, g, b, 8, alpha ? a : null, 8, o, out);
        }
    }

    private static void emit(int y, int w, int[] r, int[] g, int[] b, int bits, int[] a, int alphaBits,
                             Orientation o, FloatImage out) {
        float[] pr = out.plane(0), pg = out.plane(1), pb = out.plane(2);
        int amax = (1 << alphaBits) - 1;
        float scale = 1f / ((1 << bits) - 1);
        for (int x = 0; x < w; x++) {
            int i = o.index(x, y);
            if (a != null && a[x] != amax) {
                float af = a[x] / (float) amax, white = 1f - af;
                pr[i] = Srgb.decode(r[x] * scale * af + white);
                pg[i] = Srgb.decode(g[x] * scale * af + white);
                pb[i] = Srgb.decode(b[x] * scale * af + white);
            } else if (bits == 8) {
                pr[i] = Srgb.decode8(r[x]); pg[i] = Srgb.decode8(g[x]); pb[i] = Srgb.decode8(b[x]);
            } else {
                pr[i] = Srgb.decode16(r[x]); pg[i] = Srgb.decode16(g[x]); pb[i] = Srgb.decode16(b[x]);
            }
        }
    }
}
