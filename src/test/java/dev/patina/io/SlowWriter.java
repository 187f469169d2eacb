package dev.patina.io;

import java.nio.file.Path;

/** A process that starts an atomic write of its first argument and stalls in it, to be stopped by a test. */
public final class SlowWriter {
    private SlowWriter() {}

    public static void main(String[] args) throws Exception {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write(new byte[1 << 20]);
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
