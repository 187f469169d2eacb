package dev.patina.ui;

import dev.patina.doc.Document;
import dev.patina.io.ProjectCodec;

import javax.swing.Timer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every 30 s, when there are unsaved changes, writes the document as a project to the config
 * folder (on a background thread; documents are immutable, so no copy is needed). A clean quit or a
 * save removes it; if it is still there at the next start, the editor offers to recover it.
 */
final class Autosave {
    static final int INTERVAL_MS = 30_000;
    private final Path file;
    private final EditorSession session;
    private final Timer timer;
    private Document lastWritten;

    Autosave(Path file, EditorSession session) {
        this.file = file;
        this.session = session;
        this.timer = new Timer(INTERVAL_MS, e -> saveIfDirty());
    }

    void start() { timer.start(); }

    void stop() { timer.stop(); }

    Path file() { return file; }

    boolean hasRecovery() { return Files.isRegularFile(file); }

    void saveIfDirty() {
        if (!session.hasImage() || !session.isDirty()) return;
        Document doc = session.document();
        if (doc.equals(lastWritten)) return;
        lastWritten = doc;
        Background.run(() -> {
            Files.createDirectories(file.getParent());
            ProjectCodec.write(doc, file);
            return null;
        }, ok -> { }, err -> lastWritten = null);
    }

    /** Nothing to recover any more (saved, discarded or quit cleanly). */
    void discard() {
        lastWritten = null;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale recovery file only means one needless offer next time
        }
    }
}
