package io.communitypulse.sentiment.complaint.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.complaint.ChatLine;
import io.communitypulse.sentiment.complaint.ChatRole;
import io.communitypulse.sentiment.complaint.ComplaintKind;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.sentiment.complaint.ConversationState;
import io.communitypulse.sentiment.complaint.MessageAnalysis;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./pulse complaints proxy --busy EVENTS.jsonl}: what the learned line classifier would change in busy
 * groups, chat with a realistic share of greetings, stickers, flash sales and staff posts (the simulator's JSONL,
 * written by another hand than the labelled files). Unlabelled, so it counts and lists the lines each override
 * variant would raise and lower, for a person to read. Offline, like the dev proxy: a raised line does not feed
 * back into the rules' state, so the effect in a running judge is larger (later praise reads as sarcasm after it).
 */
final class BusyGroups {
    private static final int SHOWN = 30;

    private record Message(String id, String brand, String group, String sender, ChatRole role, String text, String replyTo,
            Instant sentAt) {
    }

    private BusyGroups() {
    }

    static void audit(Path events, SentimentScorer scorer, LineClassifier classifier, List<LearnedOverride> variants,
            PrintStream out) throws IOException {
        ComplaintRecognizer recognizer = new ComplaintRecognizer();
        int members = 0;
        int evidence = 0;
        int classifierAlone = 0;
        List<Map<String, Integer>> raised = new ArrayList<>();
        List<Map<String, Integer>> lowered = new ArrayList<>();
        variants.forEach(any -> {
            raised.add(new HashMap<>());
            lowered.add(new HashMap<>());
        });
        for (List<Message> group : groups(events).values()) {
            ConversationState state = new ConversationState();
            Deque<ComplaintKind> recent = new ArrayDeque<>();
            boolean afterStaff = false;
            boolean afterSpam = false;
            for (Message m : group) {
                ChatLine line = new ChatLine(m.brand(), m.id(), m.sender(), m.role(), m.text(), m.replyTo(), m.sentAt().toEpochMilli());
                SentimentResult sentiment = scorer.score(m.brand(), m.text());
                MessageAnalysis analysis = recognizer.analyse(m.text(), sentiment);
                ComplaintKind kind = recognizer.judge(state, line, analysis).kind();
                boolean member = m.role() == ChatRole.MEMBER;
                if (member) {
                    members++;
                    evidence += kind.isEvidence() ? 1 : 0;
                    double p = classifier.probability(OutOfSample.normalise(m.text()), sentiment.score(), stance(recent));
                    classifierAlone += p >= 0.5 ? 1 : 0;
                    LearnedOverride.Reading reading = new LearnedOverride.Reading(kind, p, sentiment.score(), analysis.asks(),
                            !afterStaff && !afterSpam);
                    for (int v = 0; v < variants.size(); v++) {
                        if (variants.get(v).raises(reading)) {
                            raised.get(v).merge(m.text(), 1, Integer::sum);
                        } else if (variants.get(v).lowers(reading)) {
                            lowered.get(v).merge(m.text(), 1, Integer::sum);
                        }
                    }
                    afterSpam = kind == ComplaintKind.SPAM;
                }
                afterStaff = !member;
                recent.addLast(kind);
                if (recent.size() > ConversationState.MAX_LINES) {
                    recent.removeFirst();
                }
            }
        }
        out.printf("## Busy groups: %s%n%n", events);
        out.printf("%d member lines, %d of them evidence by the rules; the classifier alone (p >= 0.5) would flag %d%n%n",
                members, evidence, classifierAlone);
        for (int v = 0; v < variants.size(); v++) {
            out.printf("### %s: would raise %d (%d distinct texts) and lower %d (%d distinct)%n%n", variants.get(v),
                    total(raised.get(v)), raised.get(v).size(), total(lowered.get(v)), lowered.get(v).size());
            list("most frequent raised lines", raised.get(v), out);
            list("most frequent lowered lines", lowered.get(v), out);
        }
    }

    /** The latest stance among the kept lines, as the judge's state holds it (see {@link OutOfSample#conversations}). */
    private static int stance(Deque<ComplaintKind> recent) {
        var it = recent.descendingIterator();
        while (it.hasNext()) {
            ComplaintKind kind = it.next();
            if (kind.isEvidence()) {
                return LineFeatures.AFTER_COMPLAINT;
            }
            if (kind == ComplaintKind.PRAISE || kind == ComplaintKind.PLUS_ONE_PRAISE) {
                return LineFeatures.AFTER_PRAISE;
            }
        }
        return LineFeatures.ALONE;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void list(String title, Map<String, Integer> counts, PrintStream out) {
        out.println(title + " (count, text):");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SHOWN).forEach(e -> out.printf("  %d\t%s%n", e.getValue(), e.getKey()));
        out.println();
    }

    /** Each group's distinct chat messages in sent order; other records and unreadable lines are skipped. */
    private static Map<String, List<Message>> groups(Path events) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, Message>> byGroup = new TreeMap<>();
        for (String row : Files.readAllLines(events, StandardCharsets.UTF_8)) {
            JsonNode node;
            try {
                node = json.readTree(row);
            } catch (IOException e) {
                continue; // the simulator's deliberately malformed records
            }
            if (node == null || !"chat_message".equals(node.path("type").asText()) || !node.hasNonNull("event_id")
                    || !node.hasNonNull("sent_at")) {
                continue;
            }
            Instant sentAt;
            try {
                sentAt = Instant.parse(node.get("sent_at").asText());
            } catch (RuntimeException e) {
                continue;
            }
            String role = node.path("sender_role").asText();
            Message m = new Message(node.get("event_id").asText(), node.path("brand_id").asText(), node.path("group_id").asText(),
                    node.path("sender_id").asText(), role.equals("member") ? ChatRole.MEMBER : role.equals("bot") ? ChatRole.BOT
                    : ChatRole.STAFF, node.path("text").asText(""), node.hasNonNull("reply_to") ? node.get("reply_to").asText() : null,
                    sentAt);
            byGroup.computeIfAbsent(m.brand() + "|" + m.group(), any -> new LinkedHashMap<>()).putIfAbsent(m.id(), m);
        }
        Map<String, List<Message>> ordered = new TreeMap<>();
        byGroup.forEach((group, messages) -> {
            List<Message> inOrder = new ArrayList<>(messages.values());
            inOrder.sort(Comparator.comparing(Message::sentAt).thenComparing(Message::id));
            ordered.put(group, inOrder);
        });
        return ordered;
    }
}
