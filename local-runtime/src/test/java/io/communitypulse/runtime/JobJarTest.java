package io.communitypulse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.pipeline.PulseJob;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.client.program.PackagedProgramUtils;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.junit.jupiter.api.Test;

/**
 * The shaded job jar as {@code flink run} takes it: Flink's own client code opens the jar, finds
 * its entry point, runs main in plan-extraction mode and builds the job graph.
 */
class JobJarTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", ".."));

    @Test
    void flinkRunBuildsTheJobGraphFromTheShadedJar() throws Exception {
        File jar = ROOT.resolve("pipeline/target/pipeline-" + System.getProperty("project.version") + "-job.jar").toFile();
        assertThat(jar).exists();

        PackagedProgram program = PackagedProgram.newBuilder()
                .setJarFile(jar)
                .setConfiguration(clusterLikeConfiguration())
                .setArguments("--kafka", "kafka:9092", "--jdbc", "jdbc:clickhouse://clickhouse:8123/pulse",
                        "--catalogue", ROOT.resolve("config/catalogue.json").toString())
                .build();
        JobGraph graph = PackagedProgramUtils.createJobGraph(program, clusterLikeConfiguration(), 3, false);

        assertThat(program.getMainClassName()).isEqualTo(PulseJob.class.getName());
        assertThat(graph.getName()).isEqualTo(PulseJob.NAME);
        assertThat(graph.getCheckpointingSettings()).isNotNull();
        assertThat(List.of(graph.getVerticesAsArray())).extracting(JobVertex::getName)
                .anySatisfy(name -> assertThat(name).contains("group-timeline"));
    }

    @Test
    void flinkRunWithACheckpointDirectoryCheckpointsThereWithTheJobsRestartStrategy() throws Exception {
        File jar = ROOT.resolve("pipeline/target/pipeline-" + System.getProperty("project.version") + "-job.jar").toFile();
        PackagedProgram program = PackagedProgram.newBuilder()
                .setJarFile(jar)
                .setConfiguration(clusterLikeConfiguration())
                .setArguments("--kafka", "kafka:9092", "--jdbc", "jdbc:clickhouse://clickhouse:8123/pulse",
                        "--checkpoint-dir", "file:///checkpoints", "--state-backend", "rocksdb")
                .build();
        JobGraph graph = PackagedProgramUtils.createJobGraph(program, clusterLikeConfiguration(), 3, false);

        Configuration job = graph.getJobConfiguration();
        assertThat(job.get(CheckpointingOptions.CHECKPOINT_STORAGE)).isEqualTo("filesystem");
        assertThat(job.get(CheckpointingOptions.CHECKPOINTS_DIRECTORY)).isEqualTo("file:///checkpoints");
        assertThat(job.get(StateBackendOptions.STATE_BACKEND)).isEqualTo("rocksdb");
        assertThat(job.get(RestartStrategyOptions.RESTART_STRATEGY)).isEqualTo("exponential-delay");
    }

    /**
     * This test's own classpath has the Kafka connector and client, a Flink cluster's does not. Flink
     * loads org.apache.flink.* parent-first, so resolve Kafka's client the same way here, as the
     * connector that links against it is resolved.
     */
    private static Configuration clusterLikeConfiguration() {
        Configuration configuration = new Configuration();
        configuration.set(CoreOptions.ALWAYS_PARENT_FIRST_LOADER_PATTERNS_ADDITIONAL, List.of("org.apache.kafka."));
        return configuration;
    }

    @Test
    void shipsConnectorsAndTheModelButNotFlinkItself() throws Exception {
        File jar = ROOT.resolve("pipeline/target/pipeline-" + System.getProperty("project.version") + "-job.jar").toFile();
        try (JarFile contents = new JarFile(jar)) {
            assertThat(contents.getEntry("io/communitypulse/sentiment/model-v1.bin")).isNotNull();
            assertThat(contents.getEntry("com/clickhouse/jdbc/ClickHouseDriver.class")).isNotNull();
            assertThat(contents.getEntry("org/apache/flink/connector/kafka/source/KafkaSource.class")).isNotNull();
            assertThat(contents.getEntry("org/apache/flink/streaming/api/environment/StreamExecutionEnvironment.class"))
                    .as("Flink is provided by the cluster").isNull();
            assertThat(contents.getEntry("org/apache/flink/state/rocksdb/EmbeddedRocksDBStateBackend.class"))
                    .as("RocksDB is part of the Flink distribution").isNull();
        }
    }
}
