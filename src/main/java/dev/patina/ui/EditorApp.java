package dev.patina.ui;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Starts the editor: theme, window, then the file named on the command line, or the bundled sample
 * (so a first start shows everything working), or, after a crash, an offer to recover the
 * autosaved work.
 */
public final class EditorApp {
    private static final String SAMPLE = "dev/patina/ui/sample/sample.png";

    private EditorApp() {}

    /** Entry point from {@code dev.patina.Main}: {@code args} is empty or one image/project path. */
    public static void launch(String[] args) {
        // Before AWT starts: let the window manager and the font renderer do their best.
        System.setProperty("awt.useSystemAAFontSettings", System.getProperty("awt.useSystemAAFontSettings", "on"));
        System.setProperty("flatlaf.uiScale.allowScaleDown", "true");
        Path file = args.length > 0 ? Path.of(args[0]) : null;
        SwingUtilities.invokeLater(() -> start(AppConfig.standard(), file));
    }

    /** Creates and shows the window; must run on the Swing thread. Returns it (tests drive it). */
    public static EditorFrame start(AppConfig config, Path file) {
        Settings settings = new Settings(config.prefs());
        Themes.apply(settings.theme());
        Thread.setDefaultUncaughtExceptionHandler(EditorApp::reportUncaught);
        EditorFrame frame = new EditorFrame(config);
        frame.setVisible(true);
        if (frame.autosave().hasRecovery() && askRecover(frame)) {
            frame.recover(frame.autosave().file());
        } else {
            frame.autosave().discard();
            Path toOpen = file != null ? file : sampleImage(config, frame);
            if (toOpen != null) frame.open(toOpen, true);
        }
        return frame;
    }

    private static boolean askRecover(EditorFrame frame) {
        int r = JOptionPane.showConfirmDialog(frame,
            "Patina did not close properly last time. Recover the unsaved work?", "Recover work",
            JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE);
        return r == JOptionPane.YES_OPTION;
    }

    /**
     * The sample is unpacked next to the settings: a document must point at a real file, so that a
     * project saved from the sample opens again.
     */
    static Path sampleImage(AppConfig config, EditorFrame frame) {
        Path target = config.configDir().resolve("sample").resolve("astronaut-sample.png");
        try (InputStream in = EditorApp.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (in == null) return null;
            if (!Files.isRegularFile(target)) {
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            ErrorDialogs.show(frame, "Cannot unpack the sample image", e);
            return null;
        }
    }

    /** A bug must not take the window down silently: say what happened and keep the editor running. */
    private static void reportUncaught(Thread t, Throwable e) {
        e.printStackTrace();
        // Without a usable display the dialog would throw again, and be reported again, forever.
        if (GraphicsEnvironment.isHeadless() || e instanceof HeadlessException || e instanceof AWTError) return;
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(null,
            "Something went wrong (" + ErrorDialogs.describe(e) + "). Your work is autosaved; saving a copy now is wise.",
            "Patina", JOptionPane.ERROR_MESSAGE));
    }
}
