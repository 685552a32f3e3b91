package io.communitypulse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/** Faults a test inflicts on a process of its own by pid: SIGKILL, SIGSTOP, SIGCONT. */
public final class ProcessSignals {

    private ProcessSignals() {}

    /** {@code kill -9}, and returns once the process is gone. */
    public static void kill(long pid) {
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
    }

    /** {@code kill -STOP}: the process keeps its sockets open but answers nothing until {@link #thaw}. */
    public static void freeze(long pid) {
        signal("-STOP", pid);
    }

    public static void thaw(long pid) {
        signal("-CONT", pid);
    }

    private static void signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
