package dev.patina.io;

import dev.patina.image.DepthMap;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads depth and disparity maps: 8/16-bit PNG or TIFF (through ImageIO and TwelveMonkeys) and PFM.
 *
 * <p>Values are normalised to 0..1: integer samples by their largest code (255 or 65535), so a
 * map's meaning does not depend on its content; float samples (PFM, float TIFF) are kept when they
 * already lie in 0..1 and otherwise divided by their largest finite value, which for a disparity
 * map keeps values proportional to 1/distance. Non-finite floats (PFM uses +inf for "no data")
 * become NaN, the "unknown" marker of {@link DepthMap}. Colour maps are averaged over their colour
 * channels (depth estimators that write RGB write grey).
 */
public final class DepthMapLoader {
    /** Refused before allocating: larger than any depth map a generator writes. */
    static final long MAX_PIXELS = 100_000_000L;

    private DepthMapLoader() {}

    public static DepthMap load(Path file) throws InvalidFileException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString());
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidFileException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidFileException(file + ": cannot read depth map (" + e.getMessage() + ")", e);
        }
        return parse(file, bytes);
    }

    /** A map from a file's bytes already read (file names it in messages and picks PFM by extension). */
    public static DepthMap parse(Path file, byte[] bytes) throws InvalidFileException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return name.endsWith(".pfm") ? readPfm(file, bytes) : readRaster(file, bytes);
        } catch (InvalidFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidFileException(file + ": cannot read depth map (" + e.getMessage() + ")", e);
        }
    }

    private static DepthMap readRaster(Path file, byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) throw new InvalidFileException(file + ": not a PNG, TIFF or PFM depth map");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0), h = reader.getHeight(0);
                checkSize(file, w, h);
                Raster r = reader.read(0).getRaster();
                return fromRaster(file, r);
            } finally {
                reader.dispose();
            }
        }
    }

    private static DepthMap fromRaster(Path file, Raster r) throws InvalidFileException {
        int w = r.getWidth(), h = r.getHeight();
        int bands = r.getNumBands();
        // Grey+alpha and RGBA: the last band is alpha, not depth.
        int colour = bands == 2 || bands == 4 ? bands - 1 : bands;
        int type = r.getDataBuffer().getDataType();
        boolean isFloat = type == DataBuffer.TYPE_FLOAT || type == DataBuffer.TYPE_DOUBLE;
        float[] v = new float[w * h];
        float[] row = new float[w];
        for (int b = 0; b < colour; b++) {
            for (int y = 0; y < h; y++) {
                r.getSamples(0, y, w, 1, b, row);
                for (int x = 0; x < w; x++) v[y * w + x] += row[x] / colour;
            }
        }
        if (isFloat) return normaliseFloats(file, w, h, v);
        int bits = r.getSampleModel().getSampleSize(0);
        if (bits != 8 && bits != 16) throw new InvalidFileException(file + ": " + bits + "-bit samples; depth maps must be 8 or 16 bit, or float");
        float max = (1 << bits) - 1;
        for (int i = 0; i < v.length; i++) v[i] /= max;
        return new DepthMap(w, h, v);
    }

    /** PFM: "Pf" (grey) or "PF" (RGB), width height, scale (negative = little-endian), rows bottom-to-top. */
    private static DepthMap readPfm(Path file, byte[] bytes) throws IOException {
        int[] pos = {0};
        String magic = token(file, bytes, pos);
        int channels = switch (magic) {
            case "Pf" -> 1;
            case "PF" -> 3;
            default -> throw new InvalidFileException(file + ": not a PFM file (header '" + printable(magic) + "', expected Pf or PF)");
        };
        int w = intToken(file, bytes, pos, "width"), h = intToken(file, bytes, pos, "height");
        checkSize(file, w, h);
        double scale;
        String s = token(file, bytes, pos);
        try {
            scale = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new InvalidFileException(file + ": PFM scale '" + printable(s) + "' is not a number");
        }
        if (scale == 0 || !Double.isFinite(scale)) throw new InvalidFileException(file + ": PFM scale must be a non-zero number");
        int start = pos[0] + 1; // exactly one whitespace byte ends the header
        long need = (long) w * h * channels * 4;
        if (bytes.length - (long) start < need) {
            throw new InvalidFileException(file + ": truncated PFM data (" + Math.max(0, bytes.length - start) + " of " + need + " bytes)");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, (int) need).order(scale < 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        float[] v = new float[w * h];
        for (int fileRow = 0; fileRow < h; fileRow++) {
            int y = h - 1 - fileRow; // PFM stores the bottom row first
            for (int x = 0; x < w; x++) {
                float sum = 0;
                for (int c = 0; c < channels; c++) sum += buf.getFloat();
                v[y * w + x] = sum / channels;
            }
        }
        return normaliseFloats(file, w, h, v);
    }

    private static DepthMap normaliseFloats(Path file, int w, int h, float[] v) throws InvalidFileException {
        float max = 0;
        boolean any = false;
        for (int i = 0; i < v.length; i++) {
            if (!Float.isFinite(v[i])) { v[i] = Float.NaN; continue; }
            if (v[i] < 0) v[i] = 0;
            max = Math.max(max, v[i]);
            any = true;
        }
        if (!any) throw new InvalidFileException(file + ": depth map has no finite values");
        if (max > 1) for (int i = 0; i < v.length; i++) v[i] /= max;
        return new DepthMap(w, h, v);
    }

    private static void checkSize(Path file, int w, int h) throws InvalidFileException {
        if (w < 1 || h < 1) throw new InvalidFileException(file + ": bad size " + w + "x" + h);
        if ((long) w * h > MAX_PIXELS) throw new InvalidFileException(file + ": " + w + "x" + h + " is larger than the " + MAX_PIXELS / 1_000_000 + " MP limit");
    }

    private static String token(Path file, byte[] b, int[] pos) throws InvalidFileException {
        int i = pos[0];
        while (i < b.length && Character.isWhitespace(b[i])) i++;
        int s = i;
        while (i < b.length && !Character.isWhitespace(b[i]) && i - s < 64) i++;
        if (s == i || i >= b.length) throw new InvalidFileException(file + ": truncated PFM header");
        pos[0] = i;
        return new String(b, s, i - s, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static int intToken(Path file, byte[] b, int[] pos, String what) throws InvalidFileException {
        String t = token(file, b, pos);
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new InvalidFileException(file + ": PFM " + what + " '" + printable(t) + "' is not a whole number");
        }
    }

    private static String printable(String s) {
        return s.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
