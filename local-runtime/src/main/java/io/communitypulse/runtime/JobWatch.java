package io.communitypulse.runtime;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls the job's health every second and reports each restart and each failed checkpoint at once,
 * with the failure that caused it; {@link #current()} feeds the periodic progress line.
 */
final class JobWatch implements AutoCloseable {

    private final FlinkRest rest;
    private final Progress progress;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("job-watch"));
    private volatile JobHealth current = JobHealth.UNKNOWN;

    private JobWatch(FlinkRest rest, Progress progress) {
        this.rest = rest;
        this.progress = progress;
    }

    static JobWatch start(FlinkRest rest, Progress progress) {
        JobWatch watch = new JobWatch(rest, progress);
        watch.poller.scheduleWithFixedDelay(watch::poll, 1, 1, TimeUnit.SECONDS);
        return watch;
    }

    JobHealth current() {
        return current;
    }

    void poll() {
        try {
            JobHealth next = rest.health();
            report(current, next);
            current = next;
        } catch (IOException unreachable) {
            // the MiniCluster stops with the job; the last known health stands
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(JobHealth before, JobHealth now) {
        if (now.restarts() > before.restarts()) {
            progress.step("job restarted from its last checkpoint (" + now.restarts() + " restart"
                    + (now.restarts() == 1 ? "" : "s") + " so far): " + now.lastFailure());
        }
        if (now.failedCheckpoints() > before.failedCheckpoints()) {
            progress.step("checkpoint failed (" + now.failedCheckpoints() + " so far; " + now.completedCheckpoints()
                    + " completed): " + now.checkpointFailure());
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
