package dev.patina.ui;

import java.util.concurrent.Callable;

/**
 * The shared GUI test support for tests of the editor's sub-packages (the lint panel's), which
 * cannot see the package-private {@link GuiTestSupport} and editor accessors.
 */
public final class GuiTestAccess {
    private GuiTestAccess() {}

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
