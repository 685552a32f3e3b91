package io.communitypulse.pipeline.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.communitypulse.events.EventJson;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.pipeline.alerts.AlertIds;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Links a brand's group cascade alerts about the same subject into one incident while each group's
 * first complaint comes within {@code window} of the incident's latest evidence, and forecasts the
 * incident's final size (members, groups) from the brand's past incidents ({@link GrowthFit}). Each
 * cascade alert revision comes out with its {@code incident_id}, the other groups' alerts in
 * {@code related_alert_ids}, the forecast in {@code details.forecast} and a severity that counts the
 * forecast and the groups reached. Pure logic; {@link IncidentDetector} runs it on each brand's timeline.
 */
public final class Incidents implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every incident starts from a cascade alert: three members, the rule's minimum. */
    static final int GIVEN_MEMBERS = 3;

    private final long windowMillis;

    public Incidents(Duration window) {
        this.windowMillis = window.toMillis();
    }

    /** What one alert revision did: the alert to write, and the incident's new row (null for other types). */
    public record Linked(Alert alert, IncidentRow incident) {}

    public Linked accept(BrandIncidents brand, Alert alert) {
        if (!AlertType.NEGATIVE_CASCADE.wireName().equals(alert.type())) {
            return new Linked(alert, null);
        }
        String key = alert.subjectKind() + ":" + alert.subject();
        OpenIncident incident = brand.bySubject.get(key);
        if (incident == null || alert.firstSeen().toEpochMilli() > incident.lastSeenMillis + windowMillis) {
            incident = start(alert);
            brand.bySubject.put(key, incident);
        }
        update(incident, alert);
        incident.revise();
        GrowthForecast members = brand.memberGrowth(GIVEN_MEMBERS).forecast(incident.memberArrivals(), incident.lastSeenMillis);
        GrowthForecast groups = brand.groupGrowth().forecast(incident.groupArrivals(), incident.lastSeenMillis);
        int severity = severity(alert.severity(), members, incident.groups.size());
        incident.severity = Math.max(incident.severity, severity);
        incident.subjectName = subjectName(alert);
        IncidentRow row = row(alert.brandId(), incident, "open", members, groups);
        return new Linked(linked(alert, incident, members, groups, severity), row);
    }

    /** Ends the incidents the window has passed, remembering them for the brand's growth fit. */
    public List<IncidentRow> expire(BrandIncidents brand, String brandId, long nowMillis) {
        List<IncidentRow> ended = new ArrayList<>();
        Iterator<OpenIncident> open = brand.bySubject.values().iterator();
        while (open.hasNext()) {
            OpenIncident incident = open.next();
            if (incident.lastSeenMillis + windowMillis < nowMillis) {
                open.remove();
                brand.remember(FinishedIncident.of(incident, incident.lastSeenMillis + windowMillis));
                incident.revision++;
                ended.add(row(brandId, incident, "ended", GrowthForecast.settled(incident.members()),
                        GrowthForecast.settled(incident.groups.size())));
            }
        }
        return ended;
    }

    /** The event time at which the next open incident ends, or {@link Long#MAX_VALUE}. */
    public long nextExpiry(BrandIncidents brand) {
        return brand.bySubject.values().stream().mapToLong(i -> i.lastSeenMillis + windowMillis + 1).min()
                .orElse(Long.MAX_VALUE);
    }

    private static OpenIncident start(Alert alert) {
        OpenIncident incident = new OpenIncident();
        incident.subjectKind = alert.subjectKind();
        incident.subject = alert.subject();
        incident.firstSeenMillis = alert.firstSeen().toEpochMilli();
        incident.incidentId = AlertIds.incident(alert.brandId(), alert.subjectKind(), alert.subject(),
                Long.toString(incident.firstSeenMillis));
        return incident;
    }

    private static void update(OpenIncident incident, Alert alert) {
        incident.groups.removeIf(group -> group.alertId.equals(alert.alertId()));
        if (alert.state() == AlertState.SUPERSEDED) {
            return;
        }
        IncidentGroup group = new IncidentGroup();
        group.groupId = alert.groupId();
        group.alertId = alert.alertId();
        group.alertRevision = alert.revision();
        group.firstSeenMillis = alert.firstSeen().toEpochMilli();
        group.members = alert.distinctMembers();
        group.memberArrivals = firstArrivals(alert.evidence());
        incident.groups.add(group);
        incident.groups.sort((a, b) -> a.firstSeenMillis != b.firstSeenMillis
                ? Long.compare(a.firstSeenMillis, b.firstSeenMillis) : a.groupId.compareTo(b.groupId));
        incident.firstSeenMillis = Math.min(incident.firstSeenMillis, group.firstSeenMillis);
        incident.lastSeenMillis = Math.max(incident.lastSeenMillis, alert.lastSeen().toEpochMilli());
    }

    private static List<Long> firstArrivals(List<AlertEvidence> evidence) {
        Map<String, Long> first = new HashMap<>();
        for (AlertEvidence piece : evidence) {
            if (piece.sentAt() != null) {
                first.merge(piece.senderId(), piece.sentAt().toEpochMilli(), Math::min);
            }
        }
        List<Long> arrivals = new ArrayList<>(first.values());
        arrivals.sort(null);
        return arrivals;
    }

    /** The detector's severity, raised for a large forecast and for every further group reached. */
    static int severity(int detectorSeverity, GrowthForecast members, int groupsReached) {
        int bySize = 2 + (int) Math.ceil(Math.log(Math.max(2, members.likely())) / Math.log(2));
        return Math.min(10, Math.max(detectorSeverity, bySize + groupsReached - 1));
    }

    private static Alert linked(Alert alert, OpenIncident incident, GrowthForecast members, GrowthForecast groups,
                                int severity) {
        List<String> related = incident.groups.stream().map(group -> group.alertId)
                .filter(id -> !id.equals(alert.alertId())).toList();
        String summary = alert.summary() + forecastSentence(members, groups, incident.groups.size());
        return new Alert(alert.alertId(), alert.revision(), alert.type(), alert.brandId(), alert.groupId(), severity,
                alert.state(), alert.subjectKind(), alert.subject(), summary, alert.firstSeen(), alert.lastSeen(),
                alert.detectedAt(), alert.memberIds(), alert.distinctMembers(), alert.evidence(), alert.aspects(),
                alert.cues(), withForecast(alert.details(), members, groups), related, incident.incidentId);
    }

    private static String forecastSentence(GrowthForecast members, GrowthForecast groups, int groupsReached) {
        return " | 预计最终约 " + members.likely() + " 人（" + members.low() + "–" + members.high()
                + "），" + groups.likely() + " 个群；已涉及 " + groupsReached + " 个群 | forecast ~"
                + members.likely() + " members (" + members.low() + "–" + members.high()
                + ") in ~" + groups.likely() + " groups; " + groupsReached + " reached so far";
    }

    private static String withForecast(String details, GrowthForecast members, GrowthForecast groups) {
        try {
            ObjectNode node = (ObjectNode) EventJson.mapper().readTree(details);
            ObjectNode forecast = node.putObject("forecast");
            put(forecast.putObject("members"), members);
            put(forecast.putObject("groups"), groups);
            return EventJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ObjectNode node, GrowthForecast forecast) {
        node.put("so_far", forecast.soFar());
        node.put("likely", forecast.likely());
        node.put("low", forecast.low());
        node.put("high", forecast.high());
        node.put("mean", Math.round(forecast.mean() * 10) / 10.0);
    }

    private static String subjectName(Alert alert) {
        try {
            JsonNode name = EventJson.mapper().readTree(alert.details()).get("subject_name");
            return name == null ? alert.subject() : name.asText();
        } catch (JsonProcessingException e) {
            return alert.subject();
        }
    }

    private static IncidentRow row(String brandId, OpenIncident incident, String state, GrowthForecast members,
                                   GrowthForecast groups) {
        String subjectName = incident.subjectName;
        List<IncidentGroup> reached = incident.groups;
        long spread = reached.size() < 2 ? -1 : (reached.get(1).firstSeenMillis - reached.get(0).firstSeenMillis) / 1000;
        String summary = "「" + subjectName + "」的投诉涉及 " + reached.size() + " 个群、" + incident.members() + " 人"
                + " | complaints about " + subjectName + " in " + reached.size() + " group(s), " + incident.members()
                + " members" + (state.equals("open") ? forecastSentence(members, groups, reached.size()) : "; ended");
        return new IncidentRow(incident.incidentId, incident.revision, brandId, state, incident.subjectKind,
                incident.subject, subjectName, summary, reached.stream().map(g -> g.groupId).toList(),
                reached.stream().map(g -> g.alertId).toList(), reached.stream().map(g -> g.firstSeenMillis).toList(),
                reached.stream().map(g -> g.members).toList(), incident.members(), incident.firstSeenMillis,
                incident.lastSeenMillis, spread, incident.severity, members, groups);
    }
}
