package dev.patina.io;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.charset.StandardCharsets;

/** The sRGB profile embedded in exports, and recognising sRGB among embedded profiles. */
final class IccProfiles {
    private static final int DESC = 0x64657363; // 'desc'
    private static final byte[] SRGB_BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private IccProfiles() {}

    /** The JDK's sRGB IEC61966-2.1 profile (about 3 KB: fits one JPEG APP2 segment). */
    static byte[] srgb() { return SRGB_BYTES.clone(); }

    /**
     * True for a profile that describes itself as sRGB: converting through it would only cost time
     * and add rounding, since sRGB is the working encoding already.
     */
    static boolean isSrgb(ICC_Profile p) {
        byte[] desc = p.getData(DESC);
        if (desc == null) return false;
        String s = new String(desc, StandardCharsets.ISO_8859_1);
        return s.contains("sRGB") || s.replace("\0", "").contains("sRGB");
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
