package io.communitypulse.runtime;

/** How a command that runs the job came to its end, and the exit code that says so. */
record Ending(Kind kind, String reason) {

    enum Kind {
        /** a bounded job read all its input */
        FINISHED,
        /** the user (Ctrl-C) or --duration stopped it */
        STOPPED,
        /** the job failed for good: its restarts are used up */
        JOB_FAILED,
        /** ClickHouse exited and could not be brought back */
        CLICKHOUSE_GONE
    }

    static Ending of(Kind kind) {
        return new Ending(kind, null);
    }

    boolean failed() {
        return kind == Kind.JOB_FAILED || kind == Kind.CLICKHOUSE_GONE;
    }

    int exitCode() {
        return failed() ? 1 : 0;
    }
}
