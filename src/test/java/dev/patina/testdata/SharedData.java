package dev.patina.testdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared test data (AI image fixtures, prompt corpus) that is read in place and never
 * copied into the repository. Tests that need it skip, with a message, when it is absent.
 */
public final class SharedData {
    private SharedData() {}

    /** The data folder: system property {@code patina.sharedData}, else ../shared/data, else /work/shared/data. */
    public static Path root() {
        String prop = System.getProperty("patina.sharedData");
        if (prop != null) return Path.of(prop);
        Path relative = Path.of("..", "shared", "data");
        return Files.isDirectory(relative) ? relative : Path.of("/work/shared/data");
    }

    /** The sub-folder, or skips the calling test when the shared data is not on this machine. */
    public static Path require(String sub) {
        Path p = root().resolve(sub);
        assumeTrue(Files.exists(p), "shared test data not found at " + p.toAbsolutePath()
                + " (set -Dpatina.sharedData=...); skipping");
        return p;
    }
}
