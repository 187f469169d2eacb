package dev.patina.io;

import dev.patina.image.Lut3D;
import dev.patina.ops.ResourceException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Reads Adobe / DaVinci Resolve {@code .cube} 3D LUTs: {@code TITLE}, {@code LUT_3D_SIZE},
 * {@code DOMAIN_MIN}/{@code DOMAIN_MAX}, {@code #} comments, then N^3 lines of "r g b" with red
 * changing fastest. 1D LUTs are refused because they cannot express the colour crosstalk a film
 * look needs, and silently treating them as 3D would give garbage.
 */
final class CubeLutParser {
    /** 256^3 entries is already 200 MB of floats; anything bigger is a broken or hostile file. */
    static final int MAX_SIZE = 256;

    private CubeLutParser() {}

    static Lut3D parse(String name, Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        int size = -1;
        double[] domainMin = {0, 0, 0}, domainMax = {1, 1, 1};
        float[] table = null;
        int entries = 0;
        int lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (text.isEmpty()) continue;
            String[] f = text.split("\\s+");
            String key = f[0].toUpperCase(Locale.ROOT);
            if (Character.isLetter(key.charAt(0))) {
                if (table != null && entries > 0) throw error(name, lineNo, "keyword '" + f[0] + "' after the table started");
                switch (key) {
                    case "TITLE" -> { }
                    case "LUT_1D_SIZE" -> throw error(name, lineNo, "is a 1D LUT; only 3D LUTs (LUT_3D_SIZE) are supported");
                    case "LUT_3D_SIZE" -> {
                        if (size > 0) throw error(name, lineNo, "LUT_3D_SIZE given twice");
                        if (f.length != 2) throw error(name, lineNo, "LUT_3D_SIZE needs one number");
                        size = parseInt(name, lineNo, f[1]);
                        if (size < 2 || size > MAX_SIZE) throw error(name, lineNo, "LUT_3D_SIZE " + size + " is outside 2.." + MAX_SIZE);
                        table = new float[size * size * size * 3];
                    }
                    case "DOMAIN_MIN" -> domainMin = triple(name, lineNo, f, 1);
                    case "DOMAIN_MAX" -> domainMax = triple(name, lineNo, f, 1);
                    case "LUT_1D_INPUT_RANGE" -> throw error(name, lineNo, "is a 1D LUT; only 3D LUTs are supported");
                    case "LUT_3D_INPUT_RANGE" -> {
                        double[] r = pair(name, lineNo, f);
                        domainMin = new double[] {r[0], r[0], r[0]};
                        domainMax = new double[] {r[1], r[1], r[1]};
                    }
                    default -> { } // other vendor keywords (e.g. LUT_IN_VIDEO_RANGE) do not change the table
                }
                continue;
            }
            if (table == null) throw error(name, lineNo, "table data before LUT_3D_SIZE");
            if (entries == size * size * size) throw error(name, lineNo, "more than " + size + "^3 table lines");
            double[] v = triple(name, lineNo, f, 0);
            for (int c = 0; c < 3; c++) table[entries * 3 + c] = (float) v[c];
            entries++;
        }
        if (size < 0) throw new ResourceException(name, "no LUT_3D_SIZE line: not a 3D .cube file");
        if (entries != size * size * size) {
            throw new ResourceException(name, "line " + lineNo + ": table ended after " + entries + " of " + size * size * size + " entries");
        }
        for (int c = 0; c < 3; c++) {
            if (!(domainMax[c] > domainMin[c])) throw new ResourceException(name, "DOMAIN_MAX must be greater than DOMAIN_MIN");
        }
        Lut3D lut = new Lut3D(size, table);
        return isUnitDomain(domainMin, domainMax) ? lut : LutDomain.resampleToUnit(lut, domainMin, domainMax);
    }

    private static boolean isUnitDomain(double[] min, double[] max) {
        for (int c = 0; c < 3; c++) if (min[c] != 0 || max[c] != 1) return false;
        return true;
    }

    private static double[] triple(String name, int lineNo, String[] f, int from) {
        if (f.length - from != 3) throw error(name, lineNo, "expected 3 numbers, found " + (f.length - from));
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) v[i] = parseDouble(name, lineNo, f[from + i]);
        return v;
    }

    private static double[] pair(String name, int lineNo, String[] f) {
        if (f.length != 3) throw error(name, lineNo, f[0] + " needs 2 numbers");
        return new double[] {parseDouble(name, lineNo, f[1]), parseDouble(name, lineNo, f[2])};
    }

    private static double parseDouble(String name, int lineNo, String s) {
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) throw error(name, lineNo, "'" + s + "' is not a finite number");
            return v;
        } catch (NumberFormatException e) {
            throw error(name, lineNo, "'" + s + "' is not a number");
        }
    }

    private static int parseInt(String name, int lineNo, String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw error(name, lineNo, "'" + s + "' is not a whole number");
        }
    }

    private static ResourceException error(String name, int lineNo, String problem) {
        return new ResourceException(name, "line " + lineNo + ": " + problem);
    }
}
