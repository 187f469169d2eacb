package dev.patina.ui;

import javax.swing.SwingUtilities;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs slow work (decoding, saving, exporting) off the Swing thread and hands the result or the
 * failure back to it, so the window never freezes and no failure goes unreported.
 */
public final class Background {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "patina-task");
        t.setDaemon(true);
        return t;
    });

    private Background() {}

    public static <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        POOL.execute(() -> {
            try {
                T result = work.call();
                SwingUtilities.invokeLater(() -> onDone.accept(result));
            } catch (Throwable e) {
                SwingUtilities.invokeLater(() -> onError.accept(e));
            }
        });
    }
}
