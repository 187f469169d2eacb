package dev.patina.io.meta;

/** Bounds-checked reads of integers from byte arrays. */
final class Bytes {
    private Bytes() {}

    static long u32be(byte[] d, int p) {
        return ((d[p] & 0xffL) << 24) | ((d[p + 1] & 0xff) << 16) | ((d[p + 2] & 0xff) << 8) | (d[p + 3] & 0xff);
    }

    static long u32le(byte[] d, int p) {
        return ((d[p + 3] & 0xffL) << 24) | ((d[p + 2] & 0xff) << 16) | ((d[p + 1] & 0xff) << 8) | (d[p] & 0xff);
    }

    static int u16be(byte[] d, int p) {
        return ((d[p] & 0xff) << 8) | (d[p + 1] & 0xff);
    }

    static int indexOf(byte[] d, int from, int to, byte b) {
        for (int i = from; i < Math.min(to, d.length); i++) if (d[i] == b) return i;
        return -1;
    }

    static boolean startsWith(byte[] d, int off, byte[] prefix) {
        if (off < 0 || off + prefix.length > d.length) return false;
        for (int i = 0; i < prefix.length; i++) if (d[off + i] != prefix[i]) return false;
        return true;
    }
}
