package io.communitypulse.runtime;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls the job's health every second and reports each restart and each failed checkpoint at once,
 * with the failure that caused it; {@link #current()} feeds the periodic progress line. A checkpoint
 * counts as failed once it started and failed, for whatever reason (including one a finishing task
 * declined, which Flink does not count against the tolerated failures); a trigger refused before any
 * checkpoint started, as while tasks are still being deployed, does not.
 */
final class JobWatch implements AutoCloseable {

    private final FlinkRest rest;
    private final Progress progress;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("job-watch"));
    private volatile JobHealth current = JobHealth.UNKNOWN;
    private long latestFailedCheckpoint = -1;

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

    private void poll() {
        try {
            update(rest.read());
        } catch (IOException unreachable) {
            // the MiniCluster stops with the job; the last known health stands
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void update(FlinkRest.Reading reading) {
        JobHealth before = current;
        long failed = before.failedCheckpoints();
        if (reading.latestFailedCheckpoint() != latestFailedCheckpoint) {
            latestFailedCheckpoint = reading.latestFailedCheckpoint();
            failed++;
            progress.step("checkpoint " + latestFailedCheckpoint + " failed (" + failed + " so far, "
                    + reading.completedCheckpoints() + " completed): " + reading.checkpointFailure());
        }
        if (reading.restarts() > before.restarts()) {
            progress.step("job restarted from its last checkpoint (" + reading.restarts() + " restart"
                    + (reading.restarts() == 1 ? "" : "s") + " so far): "
                    + (reading.lastFailure() == null ? "the cause is in the log above" : reading.lastFailure()));
        }
        current = new JobHealth(reading.status(), reading.restarts(), reading.completedCheckpoints(), failed,
                reading.lastCheckpointBytes(), reading.lastFailure());
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
