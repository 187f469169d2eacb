package dev.patina.io;

import dev.patina.image.DepthMap;
import dev.patina.image.Lut3D;
import dev.patina.ops.ResourceException;
import dev.patina.ops.Resources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves depth-map params for the renderer. Maps are cached by the SHA-256 of the file's content,
 * so an edited map is re-read and two paths to the same file share one copy. Small on purpose: it
 * is meant to be folded into the general file loader.
 */
public final class DepthResources implements Resources {
    private final Path baseDir;
    private final Map<String, DepthMap> byHash = new ConcurrentHashMap<>();

    /** Relative paths in params are resolved against baseDir (the project's folder). */
    public DepthResources(Path baseDir) {
        this.baseDir = baseDir;
    }

    @Override public Lut3D lut(String path) {
        throw new ResourceException(path, "LUTs are not supported by this loader");
    }

    @Override public DepthMap depthMap(String path) {
        Path file = baseDir.resolve(path);
        if (!java.nio.file.Files.isRegularFile(file)) throw new ResourceException(path, "no such file");
        try {
            String hash = Hashing.sha256(file);
            DepthMap cached = byHash.get(hash);
            if (cached != null) return cached;
            DepthMap map = DepthMapLoader.load(file);
            byHash.put(hash, map);
            return map;
        } catch (InvalidFileException e) {
            throw new ResourceException(path, stripPath(e.getMessage(), file));
        } catch (IOException e) {
            throw new ResourceException(path, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The loader's message starts with the file; ResourceException adds the path itself. */
    private static String stripPath(String message, Path file) {
        String prefix = file + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
