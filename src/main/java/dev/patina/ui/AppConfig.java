package dev.patina.ui;

import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * Where the editor keeps its state: a config folder (user presets, autosave, the unpacked sample)
 * and a preferences node (theme, cache, threads, recent files). The editor gets one of these at
 * start, so a second instance (or a test) can run against its own folder and node.
 */
public record AppConfig(Path configDir, Preferences prefs) {

    /** The platform's folder: $XDG_CONFIG_HOME/patina, %APPDATA%\Patina, ~/Library/Application Support/Patina. */
    public static AppConfig standard() {
        return new AppConfig(platformConfigDir(), Preferences.userRoot().node("dev/patina/editor"));
    }

    static Path platformConfigDir() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win") && System.getenv("APPDATA") != null) return Path.of(System.getenv("APPDATA"), "Patina");
        if (os.contains("mac")) return Path.of(home, "Library", "Application Support", "Patina");
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve("patina");
    }

    public Path presetsDir() { return configDir.resolve("presets"); }

    public Path autosaveFile() { return configDir.resolve("autosave").resolve("recovery.patina"); }
}
