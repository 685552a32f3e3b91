package io.communitypulse.pipeline.cascade;

import io.communitypulse.pipeline.alerts.Alert;
import io.communitypulse.sentiment.ProductCatalogue;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Map;

/** Writes an episode up as an alert an operator can act on: who, what, where, since when, and why. */
public final class CascadeAlerts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> ASPECT_NAMES = Map.of(
            "quality", "质量 quality", "allergy_safety", "过敏/安全 allergy/safety", "logistics", "物流 logistics",
            "service", "客服 service", "price", "价格 price", "authenticity", "真假 authenticity", "other", "其他 other");

    private final ProductCatalogue catalogue;

    public CascadeAlerts(ProductCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Alert alertFor(String brandId, String groupId, Episode episode) {
        int members = episode.members.size();
        return new Alert(alertId(brandId, groupId, episode), episode.revision, brandId, Alert.NEGATIVE_CASCADE,
                severity(members), groupId, episode.subjectKind, episode.subject, new ArrayList<>(episode.aspects),
                members, episode.firstSeenMillis, episode.lastSeenMillis, new ArrayList<>(episode.evidenceMessageIds),
                new ArrayList<>(episode.evidenceTexts), new ArrayList<>(episode.cues), summary(brandId, groupId, episode));
    }

    /** 3 members is severity 4; each further member adds one, up to 10. */
    static int severity(int distinctMembers) {
        return Math.min(10, distinctMembers + 1);
    }

    private String summary(String brandId, String groupId, Episode episode) {
        long minutes = Math.max(1, Math.round((episode.lastSeenMillis - episode.firstSeenMillis) / 60_000.0));
        String subject = subjectName(brandId, episode);
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
        String identity = String.join("|", Alert.NEGATIVE_CASCADE, brandId, groupId, episode.subjectKind,
                episode.subject, Long.toString(episode.firstSeenMillis));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "nc-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
