package io.communitypulse.runtime;

import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;

/** The job on the local MiniCluster, and the watch on its health. */
record RunningJob(JobClient client, JobWatch watch) {

    CompletableFuture<JobExecutionResult> result() {
        return client.getJobExecutionResult();
    }

    JobHealth health() {
        return watch.current();
    }
}
