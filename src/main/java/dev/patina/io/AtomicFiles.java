package dev.patina.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old file or the complete new one: the content goes
 * to a hidden temporary file in the same folder, which is renamed over the target only after it was
 * written and flushed without error. On any failure (or cancellation) the temporary file is deleted
 * and the target is untouched; see {@link PartFiles} for a process stopped or killed mid-write.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} atomically. Failures of the file system (folder missing or read-only,
     * disk full) are {@link OutputException}s naming the target; what {@code writer} throws by
     * itself passes through unchanged.
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path abs = target.toAbsolutePath();
        checkWritable(abs);
        Path dir = abs.getParent();
        Path tmp;
        try {
            tmp = PartFiles.create(abs);
        } catch (IOException e) {
            throw OutputException.of(abs, e);
        }
        boolean done = false;
        try {
            OutputStream file;
            try {
                file = Files.newOutputStream(tmp);
            } catch (IOException e) {
                throw OutputException.of(abs, e);
            }
            try (OutputStream out = guard(file, abs)) {
                writer.write(out);
            }
            try {
                copyPermissions(abs, tmp);
                try {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw OutputException.of(abs, e);
            }
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(tmp);
            PartFiles.done(tmp);
        }
    }

    /**
     * Refuses, before any work, an output that cannot be written: a folder, or a file in a folder
     * that does not exist or that this user may not write to.
     */
    public static void checkWritable(Path target) throws OutputException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) throw new OutputException(target + ": is a folder, not a file");
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new OutputException(target + ": the folder " + dir + " does not exist");
        if (dir != null && !Files.isWritable(dir)) throw new OutputException(target + ": the folder " + dir + " is not writable");
        if (Files.exists(abs) && !Files.isWritable(abs)) throw new OutputException(target + ": the file is read-only");
    }

    /** The stream to the temporary file, whose write errors (a full disk) become {@link OutputException}s. */
    static OutputStream guard(OutputStream file, Path target) {
        return new FilterOutputStream(file) {
            @Override public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw OutputException.of(target, e);
                }
            }

            @Override public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw OutputException.of(target, e);
                }
            }

            @Override public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw OutputException.of(target, e);
                }
            }

            @Override public void close() throws IOException {
                try {
                    out.close();
                } catch (IOException e) {
                    throw OutputException.of(target, e);
                }
            }
        };
    }

    /**
     * Temporary files are created private (rw-------); the result should have the permissions the
     * replaced file had, or the usual rw-r--r-- for a new file.
     */
    private static void copyPermissions(Path target, Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** True when both paths name the same file (following links), or a not-yet-existing path equals the other. */
    public static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException ignored) {
            // fall through to the path comparison
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
