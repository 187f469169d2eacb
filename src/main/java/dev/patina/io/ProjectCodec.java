package dev.patina.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.MaskRaster;
import dev.patina.doc.ParamException;
import dev.patina.doc.SourceRef;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Project files ({@code NAME.patina}): a zip holding {@code document.json} (schema version, the
 * source's path, path relative to the project and SHA-256, the seed and the layers) and
 * {@code masks/<layer-id>.png}, each painted mask as a 16-bit greyscale PNG. Saved atomically.
 */
public final class ProjectCodec {
    public static final int VERSION = 1;
    private static final long MAX_ENTRY = 512L << 20;
    /** All entries read from one project together (document.json and the masks it names). */
    static final long MAX_TOTAL_INFLATED = 1L << 30;
    private static final long MAX_MASK_PIXELS = 250_000_000L;

    private ProjectCodec() {}

    public static void write(Document doc, Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        ObjectNode root = LayerJson.MAPPER.createObjectNode();
        root.put("patina", "project");
        root.put("version", VERSION);
        if (doc.source() != null) {
            ObjectNode s = root.putObject("source");
            s.put("path", doc.source().path());
            try {
                Path src = Path.of(doc.source().path()).toAbsolutePath();
                s.put("relativePath", abs.getParent().relativize(src).toString());
            } catch (IllegalArgumentException ignored) {
                // different roots (another drive): the absolute path is all we can store
            }
            s.put("sha256", doc.source().sha256());
        }
        root.put("seed", doc.seed());
        ArrayNode arr = root.putArray("layers");
        Map<String, MaskRaster> masks = new HashMap<>();
        for (Layer l : doc.layers()) {
            arr.add(LayerJson.write(l, new MaskFiles() {
                @Override public String store(Layer layer, String role, MaskRaster raster) {
                    String key = role.isEmpty() ? layer.id() : layer.id() + "-" + role;
                    masks.put(key, raster);
                    return "masks/" + key + ".png";
                }

                @Override public MaskRaster load(String name, String at) { throw new IllegalStateException("writing"); }
            }));
        }
        byte[] json = LayerJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        AtomicFiles.write(abs, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("document.json"));
                zip.write(json);
                zip.closeEntry();
                for (Map.Entry<String, MaskRaster> m : masks.entrySet()) {
                    zip.putNextEntry(new ZipEntry("masks/" + m.getKey() + ".png"));
                    zip.write(maskPng(m.getValue()));
                    zip.closeEntry();
                }
            }
        });
    }

    public static Document read(Path file) throws IOException {
        return read(file, MAX_TOTAL_INFLATED);
    }

    /** Reads a project, refusing it when the entries it needs inflate to over {@code maxInflated} bytes. */
    static Document read(Path file, long maxInflated) throws IOException {
        String label = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw new InvalidFileException(label + ": no such project file");
        // Random access through the zip's central directory: only document.json and the masks it
        // names are inflated, within one budget for the whole project.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return read(file, label, new Entries(zip, label, maxInflated));
        } catch (ZipException | java.io.EOFException e) {
            throw new InvalidFileException(label + ": broken or truncated project file (" + e.getMessage() + ")");
        }
    }

    /** The entries of an open project, inflated on demand, each once, within a budget for all together. */
    private static final class Entries {
        private final ZipFile zip;
        private final String label;
        private final long budget;
        private final Map<String, byte[]> read = new HashMap<>();
        private long inflated;

        Entries(ZipFile zip, String label, long budget) {
            this.zip = zip;
            this.label = label;
            this.budget = budget;
        }

        /** The entry's bytes, or null when the project has no such entry. */
        byte[] get(String name) throws IOException {
            byte[] cached = read.get(name);
            if (cached != null) return cached;
            ZipEntry e = zip.getEntry(name);
            if (e == null || e.isDirectory()) return null;
            String where = label + ": " + name;
            if (e.getSize() > MAX_ENTRY) throw new InvalidFileException(where + ": entry too large");
            if (e.getSize() > budget - inflated) throw tooLarge();
            byte[] bytes;
            try (InputStream in = zip.getInputStream(e)) {
                bytes = readBounded(in, where, Math.min(MAX_ENTRY, budget - inflated), this::tooLarge);
            }
            inflated += bytes.length;
            read.put(name, bytes);
            return bytes;
        }

        private InvalidFileException tooLarge() {
            return new InvalidFileException(label + ": the document and masks inflate to over "
                + (budget >= 1 << 20 ? (budget >> 20) + " MB" : budget + " bytes") + "; refused");
        }
    }

    private static Document read(Path file, String label, Entries entries) throws IOException {
        byte[] json = entries.get("document.json");
        if (json == null) throw new InvalidFileException(label + ": not a Patina project (no document.json)");
        JsonNode root;
        try {
            root = LayerJson.MAPPER.readTree(new String(json, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new InvalidFileException(label + ": document.json is not valid JSON (" + JsonLimits.describe(e) + ")");
        }
        if (root == null || !root.isObject() || !"project".equals(root.path("patina").asText())) {
            throw new InvalidFileException(label + ": document.json is not a Patina project");
        }
        int version = LayerJson.version(root, VERSION, label);
        SourceRef source = null;
        JsonNode s = root.get("source");
        if (s != null && s.isObject()) {
            String path = s.path("path").asText("");
            String rel = s.path("relativePath").asText("");
            if (!Files.exists(Path.of(path)) && !rel.isEmpty()) {
                Path candidate = file.toAbsolutePath().getParent().resolve(rel).normalize();
                if (Files.exists(candidate)) path = candidate.toString();
            }
            String sha = s.path("sha256").asText("");
            if (!sha.isEmpty() && !sha.matches("[0-9a-fA-F]{1,128}")) {
                throw new InvalidFileException(label + ": source.sha256: must be hexadecimal digits (a SHA-256)");
            }
            source = new SourceRef(path, sha);
        }
        JsonNode seedNode = root.get("seed");
        if (seedNode != null && !(seedNode.isIntegralNumber() && seedNode.canConvertToLong())) {
            throw new InvalidFileException(label + ": seed: must be a whole number");
        }
        long seed = seedNode != null ? seedNode.asLong() : Document.defaultSeed(source);
        ArrayNode arr = LayerJson.layersArray(root, label);
        List<Layer> layers = new ArrayList<>();
        try {
            for (int i = 0; i < arr.size(); i++) {
                String at = "layers[" + i + "]";
                layers.add(LayerJson.read(arr.get(i), at, new MaskFiles() {
                    @Override public String store(Layer layer, String role, MaskRaster raster) { return null; }

                    @Override public MaskRaster load(String name, String where) { return maskEntry(entries, name, label, where); }
                }));
            }
        } catch (ParamException e) {
            throw new InvalidFileException(label + ": " + e.getMessage());
        } catch (UncheckedInvalid e) {
            throw e.cause;
        }
        return new Document(source, seed, layers);
    }

    private static MaskRaster maskEntry(Entries entries, String name, String label, String at) {
        try {
            byte[] png = entries.get(name);
            if (png == null) throw new InvalidFileException(label + ": " + at + ": '" + name + "' is missing from the project");
            return readMaskPng(png, label + ": " + name);
        } catch (InvalidFileException e) {
            throw new UncheckedInvalid(e);
        } catch (IOException e) {
            throw new UncheckedInvalid(new InvalidFileException(label + ": " + name + ": unreadable (" + e.getMessage() + ")", e));
        }
    }

    /** Reads {@code in} to its end; past {@code limit} bytes: the entry alone is too large, or {@code overBudget}. */
    private static byte[] readBounded(InputStream in, String label, long limit,
                                      java.util.function.Supplier<InvalidFileException> overBudget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limit) throw limit >= MAX_ENTRY ? new InvalidFileException(label + ": entry too large") : overBudget.get();
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    static byte[] maskPng(MaskRaster m) throws IOException {
        BufferedImage img = new BufferedImage(m.width(), m.height(), BufferedImage.TYPE_USHORT_GRAY);
        short[] data = ((DataBufferUShort) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(m.toValues(), 0, data, 0, data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer");
        return out.toByteArray();
    }

    static MaskRaster readMaskPng(byte[] png, String label) throws InvalidFileException {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            if (img == null) throw new InvalidFileException(label + ": not a PNG image");
            if ((long) img.getWidth() * img.getHeight() > MAX_MASK_PIXELS) throw new InvalidFileException(label + ": mask too large");
            Raster r = img.getRaster();
            int w = img.getWidth(), h = img.getHeight();
            short[] values = new short[w * h];
            int bits = img.getColorModel().getComponentSize(0);
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                r.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) values[y * w + x] = (short) (bits == 16 ? row[x] : row[x] * 257);
            }
            return MaskRaster.fromValues(w, h, values);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidFileException ie) throw ie;
            throw new InvalidFileException(label + ": unreadable mask (" + e.getMessage() + ")");
        }
    }

    /** Carries a checked exception out of a lambda. */
    private static final class UncheckedInvalid extends RuntimeException {
        final InvalidFileException cause;

        UncheckedInvalid(InvalidFileException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
