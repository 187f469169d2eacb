package dev.patina.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine packages stay free of AWT and Swing, so they run headless and never touch the UI thread. */
class LayeringTest {
    private static final Path SRC = Path.of("src/main/java/dev/patina");
    private static final Pattern FORBIDDEN = Pattern.compile("^import\\s+(static\\s+)?(java\\.awt|javax\\.swing|javax\\.imageio|dev\\.patina\\.ui|dev\\.patina\\.cli|dev\\.patina\\.io)[.;]", Pattern.MULTILINE);
    private static final Pattern FULLY_QUALIFIED = Pattern.compile("\\b(java\\.awt|javax\\.swing|dev\\.patina\\.ui)\\.");

    @Test
    void enginePackagesImportNoAwtSwingOrIo() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : List.of("image", "doc", "ops", "render", "lint", "scene", "tells")) {
            Path dir = SRC.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    Matcher m = FORBIDDEN.matcher(text);
                    while (m.find()) violations.add(f + ": " + m.group().trim());
                    String code = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                    Matcher q = FULLY_QUALIFIED.matcher(code);
                    while (q.find()) violations.add(f + ": uses " + q.group());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /**
     * The editor knows layers only through the op contract (params with roles, declared overlays),
     * never a layer's own package: a new layer needs no change to the editor.
     */
    @Test
    void theEditorImportsNoLayerPackage() throws IOException {
        Pattern layerPackage = Pattern.compile("\\bdev\\.patina\\.ops\\.[a-z]+\\.");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SRC.resolve("ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                Matcher m = layerPackage.matcher(code);
                while (m.find()) violations.add(f + ": " + m.group());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theScanSeesTheEngineSources() throws IOException {
        try (Stream<Path> files = Files.walk(SRC.resolve("render"))) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith("TileRenderer.java")));
        }
    }
}
