package dev.patina.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden {@code .NAME.<pid>.<random>.part} files an atomic write goes through. Each carries
 * the writing process's id, so that what a killed process left behind (kill -9, a power cut) is
 * recognised as stale and removed by the next write into that folder; and the ones this process
 * has open are removed by a shutdown hook when it is stopped (Ctrl-C, SIGTERM) mid-write.
 */
final class PartFiles {
    private PartFiles() {}

    private static final Pattern NAME = Pattern.compile("^\\..+\\.(\\d+)\\.[^.]*\\.part$");
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : OPEN) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // the process is ending: nothing more can be done about it
                }
            }
        }, "patina-part-files"));
    }

    /** A new part file for {@code target} (absolute), registered for removal if the process stops. */
    static Path create(Path target) throws IOException {
        Path dir = target.getParent();
        removeStale(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "." + PID + ".", ".part");
        OPEN.add(tmp);
        return tmp;
    }

    /** The part file was renamed into place or deleted. */
    static void done(Path tmp) {
        OPEN.remove(tmp);
    }

    /** Deletes part files in dir whose writing process no longer runs. */
    static void removeStale(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.part")) {
            for (Path p : files) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (!m.matches()) continue;
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != PID && ProcessHandle.of(pid).isEmpty()) Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException ignored) {
            // tidying is a courtesy: a folder we cannot list still gets its export
        }
    }
}
