package dev.patina.ui.lint;

import dev.patina.io.meta.GenerationInfo;
import dev.patina.ui.EditorSession;
import dev.patina.ui.panels.LayerEdits;
import dev.patina.ui.GuiTestAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pasted 100 KB wall of text is linted off the Swing thread, and its findings still arrive. The
 * panel is built but never shown; its key bindings still need a toolkit with a display.
 */
@Tag("gui")
class LintPanelLargePromptTest {
    @BeforeAll
    static void display() {
        GuiTestAccess.requireDisplay();
    }

    private static final String[] PIECES = {
        "8k", "masterpiece", "ring light", "(perfect skin:1.4)", "[sharp focus]", "<lora:x:0.8>", "BREAK",
        "no people", "symmetrical", ",", ", ", "((", "))", "ﾃｽﾄ", "\n", "qwxz", "photo", "35mm", ":", "\u0000",
    };

    private static String garbage(int length) {
        Random r = new Random(42);
        StringBuilder b = new StringBuilder(length + 32);
        while (b.length() < length) b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextBoolean() ? " " : "");
        return b.substring(0, length);
    }

    @Test
    void hugePromptIsLintedInTheBackgroundAndShown() throws Exception {
        String text = garbage(100_000);
        AtomicReference<LintPanel> panel = new AtomicReference<>();
        AtomicReference<String> scoreRightAfterShow = new AtomicReference<>();
        long[] showNanos = new long[1];
        SwingUtilities.invokeAndWait(() -> {
            LintPanel p = new LintPanel(new EditorSession(), new LayerEdits(new EditorSession()));
            panel.set(p);
            long t0 = System.nanoTime();
            p.show(Optional.of(new GenerationInfo("test", "test", text, "", Map.of())));
            showNanos[0] = System.nanoTime() - t0;
            scoreRightAfterShow.set(label(p, "lint.score").getText());
        });
        // show() returned before the lint finished: the Swing thread was not held by it
        assertThat(scoreRightAfterShow.get()).isEqualTo("–");

        long deadline = System.currentTimeMillis() + 30_000;
        int[] count = {0};
        while (count[0] == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            SwingUtilities.invokeAndWait(() -> count[0] = list(panel.get()).getModel().getSize());
        }
        assertThat(count[0]).isPositive();
        String[] score = new String[2];
        SwingUtilities.invokeAndWait(() -> {
            score[0] = label(panel.get(), "lint.score").getText();
            score[1] = label(panel.get(), "lint.summary").getText();
        });
        assertThat(score[0]).matches("\\d+/100");
        // thousands of findings: only the first few hundred are listed and marked, and the summary says so
        assertThat(count[0]).isEqualTo(LintPanel.MAX_SHOWN);
        assertThat(score[1]).endsWith("(the first " + LintPanel.MAX_SHOWN + " listed)");
        System.out.printf("100 KB prompt: show() %.1f ms on the Swing thread, %d findings%n", showNanos[0] / 1e6, count[0]);
    }

    private static JLabel label(Container root, String name) {
        return (JLabel) find(root, name);
    }

    private static JList<?> list(Container root) {
        return (JList<?>) find(root, "lint.findings");
    }

    private static Component find(Component c, String name) {
        if (name.equals(c.getName())) return c;
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                Component hit = find(child, name);
                if (hit != null) return hit;
            }
        }
        return null;
    }
}
