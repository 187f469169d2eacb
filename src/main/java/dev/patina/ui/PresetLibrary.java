package dev.patina.ui;

import dev.patina.io.Preset;
import dev.patina.io.PresetCodec;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Presets the user can apply: the built-ins packaged in the jar (from the repository's presets/
 * folder) and the user's own in the config folder. A broken user preset is listed with its problem
 * instead of hiding the others.
 */
public final class PresetLibrary {
    private static final String BUILT_IN = "dev/patina/presets/";

    /** A preset, where it came from, and the reason it cannot be used (or null). */
    public record Entry(String name, boolean builtIn, Preset preset, String problem) {
        @Override public String toString() {
            return name + (builtIn ? "" : " (yours)") + (problem == null ? "" : " — " + problem);
        }
    }

    private final Path userDir;

    public PresetLibrary(Path userDir) { this.userDir = userDir; }

    public Path userDir() { return userDir; }

    public List<Entry> all() {
        List<Entry> out = new ArrayList<>(builtIns());
        if (Files.isDirectory(userDir)) {
            try (Stream<Path> files = Files.list(userDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    try {
                        Preset p = PresetCodec.read(f);
                        out.add(new Entry(p.name(), false, p, null));
                    } catch (IOException e) {
                        out.add(new Entry(f.getFileName().toString(), false, null, e.getMessage()));
                    }
                }
            } catch (IOException ignored) {
                // an unreadable folder simply has no presets to offer
            }
        }
        return out;
    }

    private List<Entry> builtIns() {
        List<Entry> out = new ArrayList<>();
        for (String name : builtInFileNames()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(BUILT_IN + name)) {
                if (in == null) continue;
                Preset p = PresetCodec.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
                out.add(new Entry(p.name(), true, p, null));
            } catch (IOException e) {
                out.add(new Entry(name, true, null, e.getMessage()));
            }
        }
        out.sort(Comparator.comparing(Entry::name));
        return out;
    }

    /** Lists the packaged preset files, whether the classes run from a folder or from the jar. */
    private List<String> builtInFileNames() {
        URL url = getClass().getClassLoader().getResource(BUILT_IN);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return names(fs.getPath(BUILT_IN));
                }
            }
            return names(Path.of(uri));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }

    /** Saves a preset under the user folder, named after it; returns the file. */
    public Path save(Preset preset) throws IOException {
        Files.createDirectories(userDir);
        String slug = preset.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        Path file = userDir.resolve((slug.isEmpty() ? "preset" : slug) + ".json");
        PresetCodec.write(preset, file);
        return file;
    }
}
