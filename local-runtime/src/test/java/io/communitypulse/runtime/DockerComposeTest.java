package io.communitypulse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.events.Topics;
import io.communitypulse.pipeline.JobSettings;
import io.communitypulse.simulator.Catalogue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Docker cannot run here: this checks that docker-compose.yml parses and agrees with the code. */
class DockerComposeTest {

    private static final Path ROOT = ComposeFile.ROOT;
    private static JsonNode compose;
    private static JsonNode services;

    @BeforeAll
    static void parse() {
        compose = ComposeFile.parse();
        services = compose.get("services");
    }

    @Test
    void createsExactlyTheTopicsTheCodeUses() {
        String script = services.at("/kafka-topics/command/0").asText();

        for (String topic : List.of(Topics.CHAT_MESSAGES, Topics.MEMBERSHIP_CHANGES, Topics.ORDERS, Topics.ALERTS)) {
            assertThat(script).contains(topic);
        }
        assertThat(script).contains("--partitions " + LocalStack.PARTITIONS);
    }

    @Test
    void submitsTheShadedJobJarWithFlagsTheJobAccepts() {
        List<String> command = ComposeFile.strings(services.at("/job-submit/command"));
        String jar = "/opt/flink/usrlib/pipeline-job.jar";
        List<String> jobArgs = command.subList(command.indexOf(jar) + 1, command.size());

        JobSettings settings = JobSettings.fromArgs(jobArgs.toArray(String[]::new));

        assertThat(ComposeFile.strings(services.at("/job-submit/volumes"))).anySatisfy(volume -> assertThat(volume)
                .startsWith("./pipeline/target/pipeline-" + System.getProperty("project.version") + "-job.jar:" + jar));
        assertThat(settings.kafkaBootstrap()).isEqualTo(advertisedKafka());
        assertThat(settings.jdbcUrl()).startsWith("jdbc:clickhouse://clickhouse:8123/" + migratedDatabase() + "?");
        assertThat(ROOT.resolve("config").resolve(Path.of(settings.catalogueFile()).getFileName())).exists();
    }

    @Test
    void usesTheImagesOfThePinnedVersions() {
        String flink = System.getProperty("flink.version");
        for (String role : List.of("jobmanager", "taskmanager", "job-submit")) {
            assertThat(services.at("/" + role + "/image").asText()).isEqualTo("flink:" + flink + "-java17");
        }
        assertThat(services.at("/kafka/image").asText()).isEqualTo("apache/kafka:" + System.getProperty("kafka.version"));
        assertThat(services.at("/clickhouse/image").asText()).startsWith("clickhouse/clickhouse-server:26.");
    }

    @Test
    void servesTheApiOnItsDefaultPortWithTheTokenFileAsASecret() {
        List<String> command = ComposeFile.strings(services.at("/api/command"));
        int port = Integer.parseInt(command.get(command.indexOf("--port") + 1));

        assertThat(port).isEqualTo(7070);
        assertThat(ComposeFile.strings(services.at("/api/ports"))).contains(port + ":" + port);
        assertThat(ComposeFile.strings(services.at("/api/secrets"))).containsExactly("api-tokens");
        assertThat(command.get(command.indexOf("--tokens") + 1)).isEqualTo("/run/secrets/api-tokens");
        assertThat(compose.at("/secrets/api-tokens/file").asText()).startsWith("${PULSE_API_TOKENS_FILE:?");
        assertThat(ComposeFile.flag(command, "--jdbc")).contains("/" + migratedDatabase() + "?");
    }

    @Test
    void waitsForHealthyOrFinishedDependenciesNotJustStartedOnes() {
        services.properties().forEach(service -> {
            JsonNode dependsOn = service.getValue().get("depends_on");
            if (dependsOn != null) {
                assertThat(dependsOn.isObject()).as("%s depends_on has conditions", service.getKey()).isTrue();
                dependsOn.forEach(condition -> assertThat(condition.get("condition").asText())
                        .isIn("service_healthy", "service_completed_successfully"));
            }
        });
    }

    @Test
    void shipsTheSimulatorsCatalogueForProductMatching() throws Exception {
        JsonNode shipped = new ObjectMapper().readTree(ROOT.resolve("config/catalogue.json").toFile());

        assertThat(shipped).isEqualTo(new ObjectMapper().readTree(Catalogue.standard().toJson()));
    }

    private static String advertisedKafka() {
        return services.at("/kafka/environment/KAFKA_ADVERTISED_LISTENERS").asText().replace("PLAINTEXT://", "");
    }

    private static String migratedDatabase() {
        List<String> command = ComposeFile.strings(services.at("/migrate/command"));
        return command.get(command.indexOf("--database") + 1);
    }
}
