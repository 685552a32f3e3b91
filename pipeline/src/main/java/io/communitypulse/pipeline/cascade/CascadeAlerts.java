package io.communitypulse.pipeline.cascade;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.pipeline.alerts.AlertDetails;
import io.communitypulse.pipeline.alerts.AlertIds;
import io.communitypulse.sentiment.ProductCatalogue;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes an episode up as an alert an operator can act on: who, what, where, since when, and why. */
public final class CascadeAlerts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> ASPECT_NAMES = Map.of(
            "quality", "质量 quality", "allergy_safety", "过敏/安全 allergy/safety", "logistics", "物流 logistics",
            "service", "客服 service", "price", "价格 price", "authenticity", "真假 authenticity", "other", "其他 other");

    private final ProductCatalogue catalogue;
    private final CascadeRule rule;

    public CascadeAlerts(ProductCatalogue catalogue, CascadeRule rule) {
        this.catalogue = catalogue;
        this.rule = rule;
    }

    /** The type's own fields in {@code details}: the product's name and the rule that fired. */
    record Details(String subjectName, long windowMinutes, int minDistinctMembers, int escalations) {}

    Alert alertFor(String brandId, String groupId, Episode episode) {
        String subjectName = subjectName(brandId, episode);
        return new Alert(alertId(brandId, groupId, episode), episode.revision, AlertType.NEGATIVE_CASCADE.wireName(), brandId,
                groupId, severity(episode.members.size(), episode.escalations), AlertState.valueOf(episode.state),
                episode.subjectKind, episode.subject, summary(groupId, episode, subjectName),
                Instant.ofEpochMilli(episode.firstSeenMillis), Instant.ofEpochMilli(episode.lastSeenMillis),
                Instant.ofEpochMilli(episode.detectedAtMillis), new ArrayList<>(episode.members), episode.members.size(),
                evidence(episode),
                new ArrayList<>(episode.aspects), new ArrayList<>(episode.cues),
                AlertDetails.json(new Details(subjectName, rule.window().toMinutes(), rule.minDistinctMembers(),
                        episode.escalations)),
                List.of(), "");
    }

    /** 3 members is severity 4; each further member adds one, and a threat to escalate one more, up to 10. */
    static int severity(int distinctMembers, int escalations) {
        return Math.min(10, distinctMembers + 1 + (escalations > 0 ? 1 : 0));
    }

    private static List<AlertEvidence> evidence(Episode episode) {
        List<AlertEvidence> evidence = new ArrayList<>(episode.evidenceMessageIds.size());
        for (int i = 0; i < episode.evidenceMessageIds.size(); i++) {
            evidence.add(new AlertEvidence(episode.evidenceMessageIds.get(i), episode.evidenceTexts.get(i),
                    episode.evidenceSenderIds.get(i), Instant.ofEpochMilli(episode.evidenceTimes.get(i))));
        }
        return evidence;
    }

    private static String summary(String groupId, Episode episode, String subject) {
        long minutes = Math.max(1, Math.round((episode.lastSeenMillis - episode.firstSeenMillis) / 60_000.0));
        String aspects = episode.aspects.isEmpty() ? "" : " (" + String.join(", ",
                episode.aspects.stream().map(a -> ASPECT_NAMES.getOrDefault(a, a)).toList()) + ")";
        String first = episode.evidenceTexts.isEmpty() ? "" : " — “" + episode.evidenceTexts.get(0) + "”";
        return episode.members.size() + " 位成员在 " + minutes + " 分钟内于群 " + groupId + " 投诉「" + subject + "」 | "
                + episode.members.size() + " members in group " + groupId + " complained about " + subject + aspects
                + " within " + minutes + " min" + first;
    }

    private String subjectName(String brandId, Episode episode) {
        if (!SubjectKey.PRODUCT.equals(episode.subjectKind)) {
            return ASPECT_NAMES.getOrDefault(episode.subject, episode.subject);
        }
        return catalogue.products(brandId).stream()
                .filter(product -> product.sku().equals(episode.subject))
                .map(ProductCatalogue.Product::name)
                .findFirst()
                .orElse(episode.subject);
    }

    private static String alertId(String brandId, String groupId, Episode episode) {
        return AlertIds.of(AlertType.NEGATIVE_CASCADE, brandId, groupId, episode.subjectKind, episode.subject,
                Long.toString(episode.firstSeenMillis));
    }
}
