package io.communitypulse.runtime;

import java.io.PrintStream;

/** Start-up progress for a person watching the terminal: one line per step, with its time. */
final class Progress {

    private final PrintStream out;
    private final long startedNanos = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    void step(String what) {
        out.printf("[%5.1fs] %s%n", (System.nanoTime() - startedNanos) / 1e9, what);
        out.flush();
    }
}
