package io.communitypulse.runtime;

import java.util.concurrent.ThreadFactory;

/** Background threads of the local runtime's watchers: named, and never keeping the JVM alive. */
final class DaemonThreads {

    private DaemonThreads() {}

    static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
