package dev.patina.ui.lint;

import dev.patina.ui.Background;

import javax.swing.Timer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Re-lints while the user types: a short quiet period first so a burst of keys costs one lint.
 * Linting is pure and takes well under a millisecond for real prompts, so those run right on the
 * Swing thread; a pasted wall of text could take longer and goes to a background thread instead.
 * A result is handed over only if the text is still what was linted, so stale spans never reach
 * the highlights or the fix buttons.
 */
final class LintScheduler {
    static final int QUIET_MS = 150;
    static final int ON_EDT_MAX_CHARS = 10_000;

    private final Supplier<LintInput> input;
    private final Consumer<LintResult> output;
    private final Timer timer;
    private long latest;

    LintScheduler(Supplier<LintInput> input, Consumer<LintResult> output) {
        this.input = input;
        this.output = output;
        this.timer = new Timer(QUIET_MS, e -> now());
        timer.setRepeats(false);
    }

    /** The text changed: lint once it has been quiet for a moment. */
    void soon() {
        timer.restart();
    }

    /** Lints at once (a fix was applied, an image was opened). */
    void now() {
        timer.stop();
        LintInput in = input.get();
        long run = ++latest;
        if (in.length() <= ON_EDT_MAX_CHARS) {
            output.accept(new LintResult(in, in.lint()));
            return;
        }
        Background.run(in::lint, report -> {
            if (run == latest && in.equals(input.get())) output.accept(new LintResult(in, report));
        }, error -> {
            // The linter is total over any text; should it still fail, the previous findings stay.
        });
    }

    /** True while a lint is due (typing) or running; the findings shown may be older than the text. */
    boolean pending(LintInput current, LintResult shown) {
        return timer.isRunning() || shown == null || !shown.input().equals(current);
    }
}
