package io.communitypulse.events.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.events.EventJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertJsonTest {

    private static final Instant T = Instant.parse("2026-11-23T01:00:00Z");

    private static Alert alert() {
        return new Alert("nc-0123456789abcdef0123", 2, AlertType.NEGATIVE_CASCADE.wireName(), "brand_a", "g1", 5,
                AlertState.GROWING, "product", "sku-1", "3 members complained", T, T.plusSeconds(120), T.plusSeconds(60),
                List.of("u1", "u2", "u3"), 3, List.of(new AlertEvidence("m1", "用了过敏了", "u1", T)), List.of("allergy_safety"),
                List.of("过敏"), "{\"subject_name\":\"水光面霜\",\"window_minutes\":10}", List.of(), "");
    }

    @Test
    void detailsAreAnObjectOnTheWireAndTheRestIsSnakeCase() throws Exception {
        JsonNode wire = EventJson.mapper().readTree(AlertJson.write(alert()));

        assertThat(wire.get("type").asText()).isEqualTo("negative_cascade");
        assertThat(wire.get("state").asText()).isEqualTo("growing");
        assertThat(wire.get("details").get("subject_name").asText()).isEqualTo("水光面霜");
        assertThat(wire.get("distinct_members").asInt()).isEqualTo(3);
        assertThat(wire.get("detected_at").asText()).isEqualTo("2026-11-23T01:01:00Z");
        assertThat(wire.get("evidence").get(0).get("sender_id").asText()).isEqualTo("u1");
        assertThat(wire.get("member_ids")).hasSize(3);
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Alert read = AlertJson.read(AlertJson.write(alert()));

        assertThat(read).isEqualTo(alert());
    }

    @Test
    void anAlertOfATypeThisBuildDoesNotKnowIsStillRead() throws Exception {
        String json = AlertJson.write(alert()).replace("negative_cascade", "meteor_strike");

        assertThat(AlertJson.read(json).type()).isEqualTo("meteor_strike");
        assertThat(AlertType.fromWire("meteor_strike")).isEmpty();
    }
}
