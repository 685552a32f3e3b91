package io.communitypulse.notifier;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Alert revisions for tests: a negative cascade in one group, at a fixed instant. */
public final class Alerts {

    public static final Instant BASE = Instant.parse("2025-06-01T08:00:00Z");
    public static final String BRAND = "brand_a";

    private Alerts() {}

    public static Alert cascade(String alertId, int revision, int severity, AlertState state) {
        return cascade(alertId, revision, severity, state, 3);
    }

    /** The same alert with each piece of evidence a long message (as members write them). */
    public static Alert withLongEvidence(Alert alert) {
        List<AlertEvidence> longer = alert.evidence().stream()
                .map(e -> new AlertEvidence(e.messageId(), e.text().repeat(8), e.senderId(), e.sentAt())).toList();
        return new Alert(alert.alertId(), alert.revision(), alert.type(), alert.brandId(), alert.groupId(), alert.severity(),
                alert.state(), alert.subjectKind(), alert.subject(), alert.summary(), alert.firstSeen(), alert.lastSeen(),
                alert.detectedAt(), alert.memberIds(), alert.distinctMembers(), longer, alert.aspects(), alert.cues(),
                alert.details(), alert.relatedAlertIds(), alert.incidentId());
    }

    public static Alert cascade(String alertId, int revision, int severity, AlertState state, int evidenceCount) {
        List<AlertEvidence> evidence = new ArrayList<>();
        List<String> members = new ArrayList<>();
        String[] texts = {"这个面霜用了过敏了，脸上起红疹😭", "我也是！！用了两天就痒", "+1 同样的问题，已经退款了"};
        for (int i = 0; i < evidenceCount; i++) {
            members.add("u" + (i + 1));
            evidence.add(new AlertEvidence("m" + (i + 1), texts[i % texts.length], "u" + (i + 1), BASE.plusSeconds(60L * i)));
        }
        return new Alert(alertId, revision, "negative_cascade", BRAND, "wx-group-017", severity, state, "product",
                "SKU-FACE-CREAM-50", "summary", BASE, BASE.plusSeconds(60L * evidenceCount), BASE.plusSeconds(120),
                members, members.size(), evidence, List.of("allergy_safety"), List.of("过敏"),
                "{\"subject_name\":\"水光面霜\",\"forecast\":{\"members\":{\"so_far\":3,\"expected\":9,\"low\":5,\"high\":14},"
                        + "\"groups\":{\"so_far\":1,\"expected\":2,\"low\":1,\"high\":3}}}",
                List.of(), "in-0123456789abcdef0123");
    }
}
