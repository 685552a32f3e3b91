package io.communitypulse.pipeline.cascade;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.SenderRole;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cascade rule on the labelled chat conversations of data/chat (docs/complaints.md): each
 * conversation fed in order, 30 s apart, as production would; a cascade is a conversation in which three
 * distinct members post complaint lines (with no speaker column, each line is its own speaker); it is
 * caught when the rule fires at or before the third complaining member's line.
 */
record LabelledChatCascades(int cascades, int caught, int others, int falseAlarms) {

    /** @param bare count every line the complaint judge calls evidence, without {@link Corroboration} */
    static LabelledChatCascades score(Path file, String split, boolean bare) throws IOException {
        return score(file, split, bare, new ComplaintRecognizer());
    }

    /** The same, read by {@code recognizer} (one whose learned reader never saw {@code file}: {@link LeftOutCascades}). */
    static LabelledChatCascades score(Path file, String split, boolean bare, ComplaintRecognizer recognizer)
            throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t"));
        Map<String, List<String[]>> conversations = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split("\t", -1);
            String context = row[header.indexOf("context_id")];
            if (row[header.indexOf("split")].equals(split) && context.startsWith("c")) {
                conversations.computeIfAbsent(context, any -> new ArrayList<>()).add(row);
            }
        }
        SentimentModel model = SentimentModel.loadDefault(ProductCatalogue.empty());
        int cascades = 0;
        int caught = 0;
        int others = 0;
        int falseAlarms = 0;
        for (List<String[]> conversation : conversations.values()) {
            CascadeTracker tracker = new CascadeTracker();
            ComplaintReading reading = new ComplaintReading(recognizer);
            Set<String> complainers = new LinkedHashSet<>();
            int third = -1;
            int fired = -1;
            for (int i = 0; i < conversation.size(); i++) {
                String[] row = conversation.get(i);
                String speaker = header.contains("speaker") ? row[header.indexOf("speaker")] : "line-" + i;
                boolean member = row[header.indexOf("role")].equals("member");
                if (member && row[header.indexOf("label")].equals("1") && complainers.add(speaker) && complainers.size() == 3) {
                    third = i;
                }
                String text = row[header.indexOf("text")];
                ChatMessage message = new ChatMessage(row[0], "brand", "group", speaker,
                        member ? SenderRole.MEMBER : SenderRole.STAFF, MessageType.TEXT, text, null, List.of(),
                        Instant.ofEpochSecond(1_700_000_000L + 30L * i));
                SentimentResult sentiment = model.score("brand", text);
                EnrichedMessage enriched = EnrichedMessage.of(message, sentiment, model.modelId(),
                        recognizer.analyse(text, sentiment));
                ComplaintReading.Read read = reading.read(tracker, enriched);
                if (bare) {
                    read = new ComplaintReading.Read(read.verdict(), read.verdict().evidence());
                }
                boolean raised = tracker.accept(message, read, CascadeRule.DEFAULT).stream()
                        .anyMatch(episode -> episode.revision == 1);
                fired = fired < 0 && raised ? i : fired;
            }
            if (third >= 0) {
                cascades++;
                caught += fired >= 0 && fired <= third ? 1 : 0;
            } else {
                others++;
                falseAlarms += fired >= 0 ? 1 : 0;
            }
        }
        return new LabelledChatCascades(cascades, caught, others, falseAlarms);
    }

    /** Scores a split: {@code java ... LabelledChatCascades data/chat/complaints.tsv dev [bare]} (test: once per release). */
    public static void main(String[] args) throws IOException {
        boolean bare = args.length > 2 && args[2].equals("bare");
        System.out.println(args[0] + " " + args[1] + (bare ? " bare" : "") + ": " + score(Path.of(args[0]), args[1], bare));
    }
}
