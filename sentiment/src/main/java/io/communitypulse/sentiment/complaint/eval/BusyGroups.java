package io.communitypulse.sentiment.complaint.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.complaint.ChatLine;
import io.communitypulse.sentiment.complaint.ChatRole;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.sentiment.complaint.ConversationState;
import io.communitypulse.sentiment.complaint.LearnedReader;
import io.communitypulse.sentiment.complaint.MessageAnalysis;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./pulse complaints proxy --busy EVENTS.jsonl}: what the shipped {@link LearnedReader} changes in busy
 * groups, chat with a realistic share of greetings, stickers, flash sales and staff posts (the simulator's JSONL,
 * written by another hand than the labelled files). Unlabelled, so it replays each group through the rules alone
 * and through the rules with the reader, counts the evidence lines of each, and lists the lines the reader raised
 * and lowered, for a person to read.
 */
final class BusyGroups {
    private static final int SHOWN = 30;

    private record Message(String id, String brand, String group, String sender, ChatRole role, String text, String replyTo,
            Instant sentAt) {
    }

    private BusyGroups() {
    }

    static void audit(Path events, SentimentScorer scorer, PrintStream out) throws IOException {
        ComplaintRecognizer rulesOnly = ComplaintRecognizer.rulesOnly();
        ComplaintRecognizer withReader = new ComplaintRecognizer(LearnedReader.shipped());
        int members = 0;
        int rulesEvidence = 0;
        int readerEvidence = 0;
        Map<String, Integer> raised = new HashMap<>();
        Map<String, Integer> lowered = new HashMap<>();
        for (List<Message> group : groups(events).values()) {
            ConversationState rulesState = new ConversationState();
            ConversationState readerState = new ConversationState();
            for (Message m : group) {
                ChatLine line = new ChatLine(m.brand(), m.id(), m.sender(), m.role(), m.text(), m.replyTo(), m.sentAt().toEpochMilli());
                SentimentResult sentiment = scorer.score(m.brand(), m.text());
                MessageAnalysis analysis = rulesOnly.analyse(m.text(), sentiment);
                boolean before = rulesOnly.judge(rulesState, line, analysis).evidence();
                boolean after = withReader.judge(readerState, line, analysis).evidence();
                if (m.role() == ChatRole.MEMBER) {
                    members++;
                    rulesEvidence += before ? 1 : 0;
                    readerEvidence += after ? 1 : 0;
                    if (after != before) {
                        (after ? raised : lowered).merge(m.text(), 1, Integer::sum);
                    }
                }
            }
        }
        out.printf("## Busy groups: %s%n%n", events);
        out.printf("%d member lines: %d evidence by the rules alone, %d with the learned reader (raised %d, lowered %d)%n%n",
                members, rulesEvidence, readerEvidence, total(raised), total(lowered));
        list("most frequent raised lines", raised, out);
        list("most frequent lowered lines", lowered, out);
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
