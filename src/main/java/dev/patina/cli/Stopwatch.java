package dev.patina.cli;

import java.util.Arrays;

/** Repeated timings of one piece of work: runs it a few times and reports the median. */
final class Stopwatch {
    private Stopwatch() {}

    interface Work {
        void run() throws Exception;
    }

    /** Median wall time in milliseconds over {@code repeat} runs, after one unmeasured warm-up run. */
    static double medianMillis(int repeat, Work work) throws Exception {
        work.run();
        double[] t = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            work.run();
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return repeat % 2 == 1 ? t[repeat / 2] : (t[repeat / 2 - 1] + t[repeat / 2]) / 2;
    }
}
