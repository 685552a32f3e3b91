package io.communitypulse.pipeline;

import io.communitypulse.pipeline.admission.EventTimeStrategy;
import io.communitypulse.pipeline.ingest.Inputs;
import io.communitypulse.pipeline.recovery.FaultTolerance;
import io.communitypulse.pipeline.storage.ClickHouseOutputs;
import io.communitypulse.sentiment.ProductCatalogue;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The Community Pulse Flink job. {@code flink run pipeline-job.jar --jdbc URL --kafka BOOTSTRAP}
 * (see {@link JobSettings} for every flag). {@code main} only wires sources, logic and sinks.
 */
public final class PulseJob {

    public static final String NAME = "community-pulse";

    private PulseJob() {}

    public static void main(String[] args) throws Exception {
        JobSettings settings = JobSettings.fromArgs(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        wire(env, settings);
        env.execute(NAME);
    }

    /** Adds the whole job to {@code env}; the local runtime and tests start it with executeAsync. */
    public static void wire(StreamExecutionEnvironment env, JobSettings settings) {
        wire(env, settings, new ClickHouseOutputs(settings.jdbcUrl(), settings.kafkaBootstrap(), settings.recovery().sink()));
    }

    /** As above, with the results going to {@code outputs} (tests collect them in memory). */
    public static void wire(StreamExecutionEnvironment env, JobSettings settings, Outputs outputs) {
        FaultTolerance.configure(env, settings.checkpointInterval(), settings.recovery());
        ProductCatalogue catalogue = settings.catalogue();
        new PulseTopology(settings, settings.sentimentModel(catalogue), catalogue)
                .build(Inputs.ingested(env, settings, EventTimeStrategy.of(settings.outOfOrderness(), settings.idleness(),
                        settings.maxClockSkew())), outputs);
    }

    public static JobClient start(StreamExecutionEnvironment env, JobSettings settings) throws Exception {
        wire(env, settings);
        return env.executeAsync(NAME);
    }
}
