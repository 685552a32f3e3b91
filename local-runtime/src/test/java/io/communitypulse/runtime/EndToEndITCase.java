package io.communitypulse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.api.QueryApiServer;
import io.communitypulse.events.Topics;
import io.communitypulse.pipeline.JobSettings;
import io.communitypulse.pipeline.PulseJob;
import io.communitypulse.simulator.Incident;
import io.communitypulse.simulator.KafkaEventSink;
import io.communitypulse.simulator.Simulation;
import io.communitypulse.simulator.SimulationRunner;
import io.communitypulse.simulator.SimulatorConfig;
import io.communitypulse.testing.ClickHouseExtension;
import io.communitypulse.testing.KafkaExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product end to end on real components: simulator → embedded Kafka → the job on a
 * MiniCluster → embedded ClickHouse → the query API over HTTP.
 */
class EndToEndITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());
    @RegisterExtension
    static final ClickHouseExtension CLICKHOUSE = new ClickHouseExtension();
    @RegisterExtension
    static final KafkaExtension KAFKA = new KafkaExtension();

    @TempDir
    Path dir;

    @Test
    void stagedCascadeReachesTheApiAndBenignIncidentsDoNot() throws Exception {
        // Given the simulator's traffic on Kafka
        KAFKA.createTopics(List.of(Topics.CHAT_MESSAGES, Topics.MEMBERSHIP_CHANGES, Topics.ORDERS, Topics.ALERTS), 3);
        Simulation simulation = Simulation.create(SimulatorConfig.defaults().withBadRate(0.002));
        try (KafkaEventSink sink = KafkaEventSink.connect(KAFKA.bootstrapServers())) {
            SimulationRunner.run(simulation.records(), sink, null, () -> false);
        }
        Path catalogue = dir.resolve("catalogue.json");
        Files.writeString(catalogue, simulation.catalogue().toJson(), StandardCharsets.UTF_8);

        // When the job reads it to the end and the API serves the results
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        PulseJob.wire(env, JobSettings.defaults(CLICKHOUSE.jdbcUrl(), KAFKA.bootstrapServers(), List.of())
                .withBounded(true).withCatalogue(catalogue.toString()));
        env.execute("end-to-end");
        DemoToken token = DemoToken.in(dir);
        try (QueryApiServer api = QueryApiServer.start(CLICKHOUSE.jdbcUrl(), token.tokensConfig(), KAFKA.bootstrapServers(), 0)) {
            int port = api.port();
            JsonNode alerts = get(port, "/api/alerts?type=negative_cascade&limit=1000", token.token());

            // Then every group the cascade reached has its alert, with the staged messages as evidence
            Incident cascade = only(simulation, Incident.NEGATIVE_CASCADE);
            for (Incident.Phase phase : cascade.phases()) {
                assertThat(alertsWithEvidence(alerts, phase.groupId(), phase.eventIds()))
                        .as("cascade alert in %s", phase.groupId())
                        .singleElement()
                        .satisfies(alert -> {
                            assertThat(alert.get("subject").asText()).isEqualTo(cascade.sku());
                            assertThat(alert.get("distinct_members").asInt()).isGreaterThanOrEqualTo(3);
                            assertThat(alert.get("summary").asText()).contains(cascade.productName());
                            // an operator sees why: the words that made it negative and what they are about
                            assertThat(alert.get("cues")).isNotEmpty();
                            assertThat(alert.get("aspects")).isNotEmpty();
                        });
            }
            // and neither the one-member burst nor the praise wave raised one
            for (String benign : List.of(Incident.BENIGN_BURST, Incident.POSITIVE_WAVE)) {
                Incident incident = only(simulation, benign);
                assertThat(alertsWithEvidence(alerts, incident.groups().get(0), incident.eventIds())).as(benign).isEmpty();
            }
        }
    }

    private static Incident only(Simulation simulation, String kind) {
        return simulation.incidents().stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static List<JsonNode> alertsWithEvidence(JsonNode alerts, String groupId, List<String> eventIds) {
        Set<String> wanted = Set.copyOf(eventIds);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode alert : alerts) {
            boolean inGroup = alert.get("group_id").asText().equals(groupId);
            boolean cites = false;
            for (JsonNode evidence : alert.get("evidence")) {
                cites |= wanted.contains(evidence.get("message_id").asText());
            }
            if (inGroup && cites) {
                found.add(alert);
            }
        }
        return found;
    }

    private static JsonNode get(int port, String path, String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
