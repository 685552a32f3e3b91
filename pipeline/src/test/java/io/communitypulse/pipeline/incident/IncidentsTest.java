package io.communitypulse.pipeline.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentsTest {

    private static final Instant T = Instant.parse("2026-11-23T01:00:00Z");
    private final Incidents incidents = new Incidents(Duration.ofHours(2));
    private final BrandIncidents brand = new BrandIncidents();

    @Test
    void cascadesAboutOneProductInTwoGroupsAreOneIncident() {
        Incidents.Linked first = incidents.accept(brand, cascade("nc-a", "g1", "sku-1", 3, T));
        Incidents.Linked second = incidents.accept(brand, cascade("nc-b", "g2", "sku-1", 3, T.plus(Duration.ofMinutes(20))));

        assertThat(second.alert().incidentId()).startsWith("in-").isEqualTo(first.alert().incidentId());
        assertThat(second.alert().relatedAlertIds()).containsExactly("nc-a");
        IncidentRow row = second.incident();
        assertThat(row.groupIds()).containsExactly("g1", "g2");
        assertThat(row.totalMembers()).isEqualTo(6);
        assertThat(row.secondsToSpread()).isEqualTo(20 * 60);
        assertThat(row.subjectName()).isEqualTo("水光面霜");
        assertThat(row.members().high()).isGreaterThan(6);
        assertThat(second.alert().details()).contains("\"forecast\"").contains("\"subject_name\":\"水光面霜\"");
        assertThat(second.alert().summary()).contains("forecast ~").contains("2 reached so far");
    }

    @Test
    void anotherProductOrAComplaintAfterTheWindowIsAnotherIncident() {
        String first = incidents.accept(brand, cascade("nc-a", "g1", "sku-1", 3, T)).alert().incidentId();

        String otherProduct = incidents.accept(brand, cascade("nc-b", "g2", "sku-2", 3, T)).alert().incidentId();
        String later = incidents.accept(brand, cascade("nc-c", "g3", "sku-1", 3, T.plus(Duration.ofHours(3))))
                .alert().incidentId();

        assertThat(otherProduct).isNotEqualTo(first);
        assertThat(later).isNotEqualTo(first);
    }

    @Test
    void otherAlertTypesPassUnchanged() {
        Alert skew = cascade("cs-x", "", "brand_a", 0, T);
        Alert clock = new Alert(skew.alertId(), 1, AlertType.CLOCK_SKEW.wireName(), skew.brandId(), "", 5, AlertState.OPEN,
                "producer", "brand_a", "ahead", T, T, T, List.of(), 0, List.of(), List.of(), List.of(), "{}", List.of(), "");

        Incidents.Linked linked = incidents.accept(brand, clock);

        assertThat(linked.alert()).isEqualTo(clock);
        assertThat(linked.incident()).isNull();
    }

    @Test
    void anEndedIncidentIsRememberedForTheBrandsGrowth() {
        incidents.accept(brand, cascade("nc-a", "g1", "sku-1", 4, T));

        List<IncidentRow> ended = incidents.expire(brand, "brand_a", T.plus(Duration.ofHours(3)).toEpochMilli());

        assertThat(ended).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo("ended");
            assertThat(row.members().likely()).isEqualTo(4);
        });
        assertThat(brand.bySubject).isEmpty();
        assertThat(brand.history).singleElement().satisfies(past -> assertThat(past.memberArrivals).hasSize(4));
    }

    @Test
    void aSupersededAlertLeavesItsIncident() {
        incidents.accept(brand, cascade("nc-a", "g1", "sku-1", 3, T));
        Alert redrawn = cascade("nc-a", "g1", "sku-1", 3, T).withState(2, AlertState.SUPERSEDED, List.of("nc-a2"));

        IncidentRow row = incidents.accept(brand, redrawn).incident();

        assertThat(row.groupIds()).isEmpty();
    }

    private static Alert cascade(String id, String group, String sku, int members, Instant firstSeen) {
        List<String> memberIds = new ArrayList<>();
        List<AlertEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            memberIds.add(group + "-u" + i);
            evidence.add(new AlertEvidence(id + "-m" + i, "过敏了", group + "-u" + i, firstSeen.plusSeconds(60L * i)));
        }
        Instant last = firstSeen.plusSeconds(60L * Math.max(0, members - 1));
        return new Alert(id, 1, AlertType.NEGATIVE_CASCADE.wireName(), "brand_a", group, members + 1, AlertState.OPEN,
                "product", sku, members + " members", firstSeen, last, last, memberIds, members, evidence,
                List.of("allergy_safety"), List.of("过敏"), "{\"subject_name\":\"水光面霜\"}", List.of(), "");
    }
}
