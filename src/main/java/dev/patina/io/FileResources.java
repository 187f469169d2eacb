package dev.patina.io;

import dev.patina.image.DepthMap;
import dev.patina.image.Lut3D;
import dev.patina.ops.ResourceException;
import dev.patina.ops.Resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resources read from disk: LUTs and depth maps. Relative paths resolve against a base folder (the
 * project's folder). Parsed files are cached by the SHA-256 of their content, not by path or
 * timestamp: an edited file hashes differently and is parsed again, and the same file under two
 * names is parsed once. The file is still read on every call, which is cheap next to parsing and
 * keeps the cache honest.
 */
public final class FileResources implements Resources {
    /** A few LUTs are plenty for one document; a large HaldCLUT is 200 MB, so keep the cache small. */
    private static final int MAX_CACHED = 6;

    private final Path base;
    private final Map<String, Object> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Object> e) { return size() > MAX_CACHED; }
    };
    private int parses;

    public FileResources(Path base) {
        this.base = base;
    }

    @Override public java.util.Optional<Path> fileOf(String path) {
        return java.util.Optional.of(resolve(path));
    }

    public Path resolve(String path) {
        if (path == null || path.isEmpty()) throw new ResourceException(String.valueOf(path), "no file given");
        return base.resolve(path).normalize();
    }

    @Override
    public Lut3D lut(String path) {
        return load(path, "lut", LutLoader::parse);
    }

    @Override
    public DepthMap depthMap(String path) {
        return load(path, "depth", (name, bytes) -> DepthMapLoader.parse(Path.of(name), bytes));
    }

    @Override
    public DepthMap maskImage(String path) {
        // Any bit depth (1-bit masks from paint programs too), cached under its own kind.
        return load(path, "mask", (name, bytes) -> MaskLoader.parse(Path.of(name), bytes));
    }

    /** What a file's bytes parse into; throws InvalidFileException (or another runtime error) naming it. */
    private interface Parser<T> {
        T parse(String fileName, byte[] bytes) throws IOException;
    }

    private <T> T load(String path, String kind, Parser<T> parser) {
        Path file = resolve(path);
        if (!Files.isRegularFile(file)) throw new ResourceException(file.toString(), "file not found");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ResourceException(file.toString(), "cannot read (" + e.getMessage() + ")", e);
        }
        String key = kind + ":" + sha256(bytes) + ":" + extension(file);
        synchronized (cache) {
            @SuppressWarnings("unchecked") T hit = (T) cache.get(key);
            if (hit != null) return hit;
        }
        T parsed;
        try {
            parsed = parser.parse(file.toString(), bytes);
        } catch (InvalidFileException e) {
            throw new ResourceException(file.toString(), withoutPrefix(e.getMessage(), file + ": "), e);
        } catch (IOException e) {
            throw new ResourceException(file.toString(), "cannot read (" + e.getMessage() + ")", e);
        }
        synchronized (cache) {
            parses++;
            cache.put(key, parsed);
        }
        return parsed;
    }

    /** The parsers' messages start with the file name; ResourceException adds it itself. */
    private static String withoutPrefix(String message, String prefix) {
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** How many files were actually parsed (cache misses); lets tests see the cache work. */
    public int parseCount() {
        synchronized (cache) { return parses; }
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
