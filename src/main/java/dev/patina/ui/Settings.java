package dev.patina.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The user's preferences and recent files, kept in a {@link Preferences} node. */
public final class Settings {
    public enum Theme { LIGHT, DARK }

    private static final int MAX_RECENT = 10;
    private final Preferences prefs;

    public Settings(Preferences prefs) { this.prefs = prefs; }

    public Theme theme() {
        try {
            return Theme.valueOf(prefs.get("theme", Theme.DARK.name()));
        } catch (IllegalArgumentException e) {
            return Theme.DARK;
        }
    }

    public void setTheme(Theme t) { prefs.put("theme", t.name()); }

    /** Preview cache budget: a quarter of the heap by default, which holds several zoom levels of a 24 MP stack. */
    public int cacheMegabytes() {
        return prefs.getInt("cacheMB", (int) Math.max(64, Runtime.getRuntime().maxMemory() / 4 / (1 << 20)));
    }

    public void setCacheMegabytes(int mb) { prefs.putInt("cacheMB", mb); }

    public int threads() { return prefs.getInt("threads", Runtime.getRuntime().availableProcessors()); }

    public void setThreads(int n) { prefs.putInt("threads", n); }

    /** Most recent first; files that no longer exist are left out. */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (String s : prefs.get("recent", "").split("\n")) {
            if (!s.isBlank() && Files.exists(Path.of(s))) out.add(Path.of(s));
        }
        return out;
    }

    public void addRecentFile(Path file) {
        List<Path> list = new ArrayList<>(recentFiles());
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        while (list.size() > MAX_RECENT) list.remove(list.size() - 1);
        prefs.put("recent", String.join("\n", list.stream().map(Path::toString).toList()));
    }

    public void clearRecentFiles() { prefs.remove("recent"); }
}
