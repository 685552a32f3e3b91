package io.communitypulse.runtime;

/**
 * What the local runtime knows of its Flink job, read from the MiniCluster's REST API.
 *
 * @param status               RUNNING, RESTARTING, FINISHED, FAILED ...
 * @param restarts             restarts since the job was submitted
 * @param completedCheckpoints checkpoints completed
 * @param failedCheckpoints    checkpoints that started and failed (see {@link JobWatch})
 * @param lastCheckpointBytes  the full size of the latest completed checkpoint, 0 before the first
 * @param lastFailure          the newest failure the job recorded, one line, or null
 */
record JobHealth(String status, long restarts, long completedCheckpoints, long failedCheckpoints,
                 long lastCheckpointBytes, String lastFailure) {

    static final JobHealth UNKNOWN = new JobHealth("SUBMITTED", 0, 0, 0, 0, null);

    /** For the progress line: {@code job RUNNING · 12 checkpoints (last 4.2 MB), 0 failed · 0 restarts}. */
    String summary() {
        return "job " + status + " · " + counts();
    }

    /** {@code 12 checkpoints (last 4.2 MB), 0 failed · 0 restarts} */
    String counts() {
        return completedCheckpoints + " checkpoints"
                + (lastCheckpointBytes > 0 ? " (last " + megabytes(lastCheckpointBytes) + ")" : "")
                + ", " + failedCheckpoints + " failed · " + restarts + (restarts == 1 ? " restart" : " restarts");
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
