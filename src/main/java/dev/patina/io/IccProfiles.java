package dev.patina.io;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** The sRGB profile embedded in exports, and recognising sRGB among embedded profiles. */
final class IccProfiles {
    private static final byte[] SRGB_BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private IccProfiles() {}

    /** The JDK's sRGB IEC61966-2.1 profile (about 3 KB: fits one JPEG APP2 segment). */
    static byte[] srgb() { return SRGB_BYTES.clone(); }

    /**
     * True for a profile that maps colours like sRGB (within half an 8-bit level on greys and
     * primaries): converting through it would only cost time and rounding. Tested by converting
     * samples, because names lie (the JDK's linear profile is called "linear sRGB").
     */
    static boolean isSrgb(ICC_Profile p) {
        if (p.getColorSpaceType() != ColorSpace.TYPE_RGB || p.getNumComponents() != 3) return false;
        int[][] probes = {{0, 0, 0}, {64, 64, 64}, {128, 128, 128}, {200, 200, 200}, {255, 255, 255},
            {255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {200, 120, 40}};
        try {
            WritableRaster src = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, probes.length, 1, 3, null);
            for (int i = 0; i < probes.length; i++) src.setPixel(i, 0, probes[i]);
            WritableRaster dst = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, probes.length, 1, 3, null);
            new ColorConvertOp(new ICC_ColorSpace(p), ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(src, dst);
            for (int i = 0; i < probes.length; i++) {
                for (int c = 0; c < 3; c++) {
                    if (Math.abs(dst.getSample(i, 0, c) / 257.0 - probes[i][c]) > 0.5) return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Parses bytes from a file; null when they are not a usable profile. */
    static ICC_Profile parse(byte[] data) {
        if (data == null) return null;
        try {
            return ICC_Profile.getInstance(data);
        } catch (RuntimeException e) {
            return null; // a broken profile: show the pixels as sRGB rather than refuse the picture
        }
    }
}
