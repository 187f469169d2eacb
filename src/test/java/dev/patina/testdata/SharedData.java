package dev.patina.testdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared test data (AI image fixtures, prompt corpus) that is read in place and never
 * copied into the repository. CI has it beside the clone, so a test that needs it fails when it is
 * absent (a silent skip would pass a suite that measured nothing); {@code
 * -Dpatina.allowMissingData=true} skips those tests instead, on a machine without the data.
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

    /** The sub-folder (or file); fails the calling test when it is missing, or skips it when missing data is allowed. */
    public static Path require(String sub) {
        Path p = root().resolve(sub);
        if (Files.exists(p)) return p;
        String where = "shared test data not found at " + p.toAbsolutePath() + " (set -Dpatina.sharedData=...)";
        assumeTrue(!Boolean.getBoolean("patina.allowMissingData"), where + "; skipping as -Dpatina.allowMissingData asks");
        throw new AssertionError(where + "; -Dpatina.allowMissingData=true skips tests that need it");
    }
}
