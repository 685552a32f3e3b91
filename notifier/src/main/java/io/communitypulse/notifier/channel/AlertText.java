package io.communitypulse.notifier.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a person reads in a channel, in Chinese or English, before any format: a title, the facts
 * (group, subject, members, forecast), the evidence quoted with sender and time (Beijing time), and
 * the link to the alert on the dashboard. Each format lays it out in its own markup.
 */
public record AlertText(String title, List<Fact> facts, List<Quote> quotes, int evidenceCount, String linkLabel,
                        String link) {

    public record Fact(String label, String value) {}

    public record Quote(String text, String sender, String time) {}

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(BEIJING);
    private static final int QUOTE_CHARS = 120;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String[]> ASPECTS = Map.of(
            "quality", new String[] {"质量", "quality"},
            "allergy_safety", new String[] {"过敏/安全", "allergy/safety"},
            "logistics", new String[] {"物流", "logistics"},
            "service", new String[] {"服务", "service"},
            "price", new String[] {"价格", "price"},
            "authenticity", new String[] {"真伪", "authenticity"});

    public static AlertText of(Notification notification) {
        Alert alert = notification.alert();
        boolean en = notification.channel().english();
        String type = AlertType.fromWire(alert.type()).map(known -> known.displayName(en)).orElse(alert.type());
        String title = (en ? "[Severity " + alert.severity() + "] " : "【严重度 " + alert.severity() + "】") + type
                + " · " + notification.notice().label(en);
        List<Fact> facts = new ArrayList<>();
        if (!alert.groupId().isEmpty()) {
            facts.add(new Fact(en ? "Group" : "群", alert.groupId() + (en ? " (brand " : "（品牌 ") + alert.brandId()
                    + (en ? ")" : "）")));
        } else {
            facts.add(new Fact(en ? "Brand" : "品牌", alert.brandId()));
        }
        if ("group".equals(alert.subjectKind())) {
            // community health: the summary is the explanation, with the baseline the group was compared with
            facts.add(new Fact(en ? "Why" : "原因", summaryIn(alert.summary(), en)));
        } else {
            facts.add(new Fact(en ? "Subject" : "对象", subject(alert, en)));
        }
        if (alert.distinctMembers() > 0) {
            String members = String.join(en ? ", " : "、", alert.memberIds().subList(0, Math.min(10, alert.memberIds().size())));
            facts.add(new Fact(en ? "Members" : "成员", alert.distinctMembers() + (en ? " so far" : " 人")
                    + (members.isEmpty() ? "" : (en ? ": " : "：") + members + (alert.memberIds().size() > 10 ? "…" : ""))));
        }
        facts.add(new Fact(en ? "Since" : "开始", CLOCK.format(alert.firstSeen()) + (en ? " Beijing time" : "（北京时间）")));
        forecast(alert, en).ifPresent(facts::add);
        List<Quote> quotes = alert.evidence().stream().map(AlertText::quote).toList();
        return new AlertText(title, facts, quotes, alert.evidence().size(),
                en ? "Open the alert on the dashboard" : "在看板上查看并处理", notification.alertLink().toString());
    }

    /** "还有 N 条" when not every piece of evidence fits. */
    public String moreEvidence(int shown, boolean en) {
        int rest = evidenceCount - shown;
        return en ? "… and " + rest + " more message(s) on the dashboard" : "… 另有 " + rest + " 条消息，见看板";
    }

    private static Quote quote(AlertEvidence evidence) {
        String text = evidence.text() == null ? "" : evidence.text().replaceAll("\\s+", " ").trim();
        if (text.codePointCount(0, text.length()) > QUOTE_CHARS) {
            text = text.substring(0, text.offsetByCodePoints(0, QUOTE_CHARS)) + "…";
        }
        return new Quote(text, evidence.senderId() == null ? "" : evidence.senderId(),
                evidence.sentAt() == null ? "" : CLOCK.format(evidence.sentAt()));
    }

    private static String subject(Alert alert, boolean en) {
        String name = details(alert).path("subject_name").asText("");
        if ("aspect".equals(alert.subjectKind())) {
            return pick(ASPECTS.get(alert.subject()), en, alert.subject()) + (en ? " (aspect)" : "（方面）");
        }
        if ("product".equals(alert.subjectKind())) {
            return (name.isEmpty() ? alert.subject() : name + (en ? " (" : "（") + alert.subject() + (en ? ")" : "）"));
        }
        return alert.subject() + (en ? " (" : "（") + alert.subjectKind() + (en ? ")" : "）");
    }

    /** The summary's half in the channel's language: summaries are written "中文 | English". */
    static String summaryIn(String summary, boolean en) {
        int bar = summary == null ? -1 : summary.indexOf(" | ");
        if (bar < 0) {
            return summary == null ? "" : summary;
        }
        return en ? summary.substring(bar + 3) : summary.substring(0, bar);
    }

    private static java.util.Optional<Fact> forecast(Alert alert, boolean en) {
        JsonNode members = details(alert).path("forecast").path("members");
        JsonNode groups = details(alert).path("forecast").path("groups");
        if (!members.has("expected")) {
            return java.util.Optional.empty();
        }
        String value = en
                ? "~" + members.get("expected").asInt() + " members (" + members.path("low").asInt() + "–"
                + members.path("high").asInt() + ") in ~" + groups.path("expected").asInt(1) + " group(s)"
                : "约 " + members.get("expected").asInt() + " 人（" + members.path("low").asInt() + "–"
                + members.path("high").asInt() + "），约 " + groups.path("expected").asInt(1) + " 个群";
        return java.util.Optional.of(new Fact(en ? "Forecast" : "预计", value));
    }

    private static JsonNode details(Alert alert) {
        try {
            return JSON.readTree(alert.details());
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    private static String pick(String[] names, boolean en, String fallback) {
        return names == null ? fallback : names[en ? 1 : 0];
    }
}
