package io.communitypulse.pipeline.cascade;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.EventParser;
import io.communitypulse.events.ParseResult;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.simulator.Incident;
import io.communitypulse.simulator.JsonlOutput;
import io.communitypulse.simulator.Simulation;
import io.communitypulse.simulator.SimulatorConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cascade rule on the simulator's busy groups (15 minutes of the default traffic: 200 groups, chatter,
 * questions, praise, background grumbles of one or two members, and the staged cascades): how many
 * cascades it raises that cite a staged cascade's messages, and how many it raises elsewhere. With
 * {@code bare}, every line the complaint judge calls evidence counts, without {@link Corroboration}.
 */
record SimulatedGroupsCascades(int staged, int other) {

    static SimulatedGroupsCascades score(Path dir, boolean bare) throws IOException {
        Simulation simulation = Simulation.create(SimulatorConfig.defaults().withBadRate(0.005));
        JsonlOutput.write(simulation, dir);
        ProductCatalogue catalogue;
        try (InputStream in = Files.newInputStream(dir.resolve(JsonlOutput.CATALOGUE))) {
            catalogue = ProductCatalogue.fromJson(in);
        }
        SentimentModel model = SentimentModel.loadDefault(catalogue);
        ComplaintRecognizer recognizer = new ComplaintRecognizer();
        Set<String> stagedIds = new HashSet<>();
        simulation.incidents().stream().filter(i -> i.kind().equals(Incident.NEGATIVE_CASCADE))
                .forEach(i -> stagedIds.addAll(i.eventIds()));
        int staged = 0;
        int other = 0;
        for (List<ChatMessage> group : groups(dir.resolve(JsonlOutput.EVENTS)).values()) {
            CascadeTracker tracker = new CascadeTracker();
            ComplaintReading reading = new ComplaintReading();
            for (ChatMessage message : group) {
                SentimentResult sentiment = model.score(message.brandId(), message.text());
                EnrichedMessage enriched = EnrichedMessage.of(message, sentiment, model.modelId(),
                        recognizer.analyse(message.text(), sentiment));
                ComplaintReading.Read read = reading.read(tracker, enriched);
                if (bare) {
                    read = new ComplaintReading.Read(read.verdict(), read.verdict().evidence());
                }
                for (Episode raised : tracker.accept(message, read, CascadeRule.DEFAULT)) {
                    if (raised.revision == 1) {
                        boolean isStaged = raised.evidenceMessageIds.stream().anyMatch(stagedIds::contains);
                        staged += isStaged ? 1 : 0;
                        other += isStaged ? 0 : 1;
                    }
                }
            }
        }
        return new SimulatedGroupsCascades(staged, other);
    }

    /** Each group's distinct chat messages in event-time order, as the group's timeline feeds them. */
    private static Map<String, List<ChatMessage>> groups(Path events) throws IOException {
        EventParser parser = new EventParser();
        Map<String, Map<String, ChatMessage>> byGroup = new TreeMap<>();
        for (String line : Files.readAllLines(events, StandardCharsets.UTF_8)) {
            if (parser.parse(line) instanceof ParseResult.Accepted accepted && accepted.event() instanceof ChatMessage m) {
                byGroup.computeIfAbsent(m.brandId() + "|" + m.groupId(), any -> new LinkedHashMap<>())
                        .putIfAbsent(m.eventId(), m);
            }
        }
        Map<String, List<ChatMessage>> ordered = new TreeMap<>();
        byGroup.forEach((group, messages) -> {
            List<ChatMessage> inOrder = new ArrayList<>(messages.values());
            inOrder.sort(Comparator.comparing(ChatMessage::sentAt).thenComparing(ChatMessage::eventId));
            ordered.put(group, inOrder);
        });
        return ordered;
    }

    /** {@code java ... SimulatedGroupsCascades [bare]}: the figures of docs/alerts.md. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("simulated-groups");
        System.out.println("corroborated: " + score(dir, false) + "   bare: " + score(dir, true));
    }
}
