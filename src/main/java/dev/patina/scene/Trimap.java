package dev.patina.scene;

/**
 * The four labels GrabCut works with: hard background and foreground (seeds the cut may not
 * change: the image border, scribbles) and probable ones (the cut decides). One byte per pixel.
 */
final class Trimap {
    static final byte BG = 0, PROBABLY_BG = 1, PROBABLY_FG = 2, FG = 3;

    private Trimap() {}

    static boolean isForeground(byte v) { return v >= PROBABLY_FG; }

    static boolean isUnknown(byte v) { return v == PROBABLY_BG || v == PROBABLY_FG; }
}
