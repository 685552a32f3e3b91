package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/api.md shows what the API serves: an integrator copies its examples. */
class ApiDocumentationTest {

    private static final Path API_DOC = Path.of(System.getProperty("repository.root", "..")).resolve("docs/api.md");
    /** What the pipeline writes: a type prefix and 20 hex digits of a hash (CascadeAlerts: nc-). */
    private static final Pattern ALERT_ID = Pattern.compile("[a-z]+-[0-9a-f]{20}");
    private static final Pattern FIRST_JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void the_alert_list_example_has_an_alert_id_of_the_shape_the_pipeline_writes() throws Exception {
        String doc = Files.readString(API_DOC);
        String alertsSection = doc.substring(doc.indexOf("### `GET /api/alerts`"));
        Matcher example = FIRST_JSON_BLOCK.matcher(alertsSection);
        assertThat(example.find()).as("a JSON example under GET /api/alerts").isTrue();

        JsonNode alert = json(example.group(1)).get(0);

        assertThat(alert.get("alert_id").asText()).matches(ALERT_ID);
        assertThat(alert.get("alert_id").asText()).startsWith("nc-");
        assertThat(alert.get("type").asText()).isEqualTo("negative_cascade");
    }
}
