package dev.patina.ui;

import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Shared set-up for GUI tests: a display or a clear failure (never a silent skip in CI), thread checks, waits. */
final class GuiTestSupport {
    private GuiTestSupport() {}

    static void requireDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            if (Boolean.getBoolean("patina.requireDisplay")) {
                fail("GUI tests need a display (DISPLAY is unset or headless); run them with bash .ci/test");
            }
            assumeFalse(true, "no display");
        }
        FailOnThreadViolationRepaintManager.install();
    }

    static void waitFor(String what, Callable<Boolean> onEdt) {
        Pause.pause(new Condition(what) {
            @Override public boolean test() {
                Boolean b = GuiActionRunner.execute(onEdt);
                return b != null && b;
            }
        }, Timeout.timeout(30_000));
    }

    /** The canvas as it paints now, device pixels at 1:1. */
    static int[] canvasPixels(EditorFrame frame) {
        return GuiActionRunner.execute(() -> {
            var c = frame.canvas();
            BufferedImage img = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            c.paint(g);
            g.dispose();
            return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        });
    }

    static long differingPixels(int[] a, int[] b) {
        long n = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) if (a[i] != b[i]) n++;
        return n + Math.abs(a.length - b.length);
    }
}
