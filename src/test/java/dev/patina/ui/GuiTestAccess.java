package dev.patina.ui;

import java.util.concurrent.Callable;

/**
 * The shared GUI test support for tests of the editor's sub-packages (the lint panel's), which
 * cannot see the package-private {@link GuiTestSupport} and editor accessors.
 */
public final class GuiTestAccess {
    private GuiTestAccess() {}

    /** Copies the bundled sample portrait (it carries an A1111 prompt) to dir/name. */
    public static java.nio.file.Path copySample(java.nio.file.Path dir, String name) throws java.io.IOException {
        java.nio.file.Path image = dir.resolve(name);
        try (java.io.InputStream in = GuiTestAccess.class.getClassLoader().getResourceAsStream("dev/patina/ui/sample/sample.png")) {
            java.nio.file.Files.copy(in, image);
        }
        return image;
    }

    public static void requireDisplay() {
        GuiTestSupport.requireDisplay();
    }

    public static void waitFor(String what, Callable<Boolean> onEdt) {
        GuiTestSupport.waitFor(what, onEdt);
    }

    /** Call on the Swing thread. */
    public static EditorSession session(EditorFrame frame) {
        return frame.session();
    }

    /** Call on the Swing thread. */
    public static boolean previewComplete(EditorFrame frame) {
        return frame.canvas().isPreviewComplete();
    }
}
