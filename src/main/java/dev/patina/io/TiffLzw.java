package dev.patina.io;

import java.util.Arrays;

/**
 * LZW as TIFF 6.0 section 13 defines it: MSB-first codes of 9 to 12 bits, Clear 256, EOI 257, and
 * the code width growing one code "early" as libtiff's decoder expects. Written here because the
 * JDK's TIFF LZW is slow on 16-bit data and ignores the predictor for it (files came out larger
 * than uncompressed).
 */
final class TiffLzw {
    private static final int CLEAR = 256, EOI = 257, FIRST = 258, MAX_CODE = 4095;
    private static final int HASH_SIZE = 1 << 14;

    private final int[] keys = new int[HASH_SIZE];
    private final short[] codes = new short[HASH_SIZE];
    private byte[] out;
    private int outLen;
    private int bitBuf, bitCount, width, next;

    static byte[] encode(byte[] data, int off, int len) {
        return new TiffLzw().run(data, off, len);
    }

    private byte[] run(byte[] data, int off, int len) {
        out = new byte[len / 2 + 64];
        outLen = 0;
        reset();
        put(CLEAR);
        if (len > 0) {
            int prefix = data[off] & 0xff;
            for (int i = off + 1; i < off + len; i++) {
                int b = data[i] & 0xff;
                int key = (prefix << 8) | b;
                int slot = find(key);
                if (keys[slot] == key) {
                    prefix = codes[slot];
                    continue;
                }
                put(prefix);
                keys[slot] = key;
                codes[slot] = (short) next;
                prefix = b;
                grow();
            }
            put(prefix);
            // the decoder adds an entry after this code too, so the width may step before EOI
            next++;
            if (next == MAX_CODE - 1) {
                put(CLEAR);
                width = 9;
            } else if (next > (1 << width) - 1) {
                width++;
            }
        }
        put(EOI);
        if (bitCount > 0) write(bitBuf << (8 - bitCount) & 0xff);
        return Arrays.copyOf(out, outLen);
    }

    /** After adding a table entry: step the width, or start over with Clear when the table is full. */
    private void grow() {
        next++;
        if (next == MAX_CODE - 1) {
            put(CLEAR);
            reset();
        } else if (next > (1 << width) - 1) {
            width++;
        }
    }

    private void reset() {
        Arrays.fill(keys, -1);
        width = 9;
        next = FIRST;
    }

    private int find(int key) {
        int h = (key * 0x9E3779B1) >>> 18; // 14-bit multiplicative hash
        while (keys[h] != -1 && keys[h] != key) h = (h + 1) & (HASH_SIZE - 1);
        return h;
    }

    /** Appends one byte; a plain array, because ByteArrayOutputStream locks on every write. */
    private void write(int b) {
        if (outLen == out.length) out = Arrays.copyOf(out, out.length * 2 + 16);
        out[outLen++] = (byte) b;
    }

    private void put(int code) {
        bitBuf = (bitBuf << width) | code;
        bitCount += width;
        while (bitCount >= 8) {
            write((bitBuf >>> (bitCount - 8)) & 0xff);
            bitCount -= 8;
        }
        bitBuf &= (1 << bitCount) - 1;
    }
}
