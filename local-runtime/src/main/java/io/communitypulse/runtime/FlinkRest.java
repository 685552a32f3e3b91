package io.communitypulse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.flink.api.common.JobID;

/** Reads one job's status, checkpoints, restarts and failures from Flink's REST API (the MiniCluster's, here). */
final class FlinkRest {

    /**
     * One reading.
     *
     * @param latestFailedCheckpoint the id of the newest checkpoint that started and failed, -1 if none did;
     *                               a trigger that never started a checkpoint (tasks still deploying) has none
     */
    record Reading(String status, long restarts, long completedCheckpoints, long lastCheckpointBytes,
                   long latestFailedCheckpoint, String checkpointFailure, String lastFailure) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String jobUrl;

    FlinkRest(String restUrl, JobID job) {
        this.jobUrl = restUrl + "/jobs/" + job;
    }

    Reading read() throws IOException, InterruptedException {
        JsonNode checkpoints = get("/checkpoints");
        JsonNode latest = checkpoints.path("latest");
        JsonNode restarts = get("/metrics?get=numRestarts");
        return new Reading(
                get("").path("state").asText("UNKNOWN"),
                restarts.isArray() && !restarts.isEmpty() ? restarts.get(0).path("value").asLong() : 0,
                checkpoints.path("counts").path("completed").asLong(),
                latest.path("completed").path("state_size").asLong(),
                latest.path("failed").path("id").asLong(-1),
                latest.path("failed").path("failure_message").asText(null),
                lastFailure());
    }

    /** The newest entry of the job's exception history: the innermost cause its stack trace names. */
    private String lastFailure() throws IOException, InterruptedException {
        JsonNode entries = get("/exceptions?maxExceptions=1").path("exceptionHistory").path("entries");
        if (!entries.isArray() || entries.isEmpty()) {
            return null;
        }
        String[] lines = entries.get(0).path("stacktrace").asText("").split("\n");
        String root = lines[0].trim();
        for (String line : lines) {
            if (line.startsWith("Caused by: ")) {
                root = line.substring("Caused by: ".length()).trim();
            }
        }
        return root;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(jobUrl + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Flink REST " + path + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}
