package io.communitypulse.pipeline;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.SenderRole;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Chat lines of a test brand's group as the enrich stage hands them on: scored by the shipped sentiment
 * model (with the brand's catalogue) and read by the complaint recognizer — no label set by hand.
 */
public final class Scored {

    public static final ProductCatalogue CATALOGUE = ProductCatalogue.of(Map.of(Fixtures.BRAND, List.of(
            new ProductCatalogue.Product("cat-food", "冻干猫粮", List.of("猫粮", "冻干")),
            new ProductCatalogue.Product("grape", "阳光玫瑰", List.of("阳光玫瑰", "葡萄")),
            new ProductCatalogue.Product("shrimp", "冷冻虾仁", List.of("虾仁")),
            new ProductCatalogue.Product("cream", "水光面霜", List.of("面霜")))));
    private static final SentimentModel MODEL = SentimentModel.loadDefault(CATALOGUE);
    private static final ComplaintRecognizer RECOGNIZER = new ComplaintRecognizer();

    private Scored() {}

    public static EnrichedMessage member(String id, String member, String text, Duration offset) {
        return scored(new ChatMessage(id, Fixtures.BRAND, Fixtures.GROUP, member, SenderRole.MEMBER, MessageType.TEXT, text,
                null, List.of(), Fixtures.at(offset)));
    }

    public static EnrichedMessage reply(String id, String member, String text, String replyTo, Duration offset) {
        return scored(new ChatMessage(id, Fixtures.BRAND, Fixtures.GROUP, member, SenderRole.MEMBER, MessageType.TEXT, text,
                replyTo, List.of(), Fixtures.at(offset)));
    }

    public static EnrichedMessage staff(String id, String staff, String text, Duration offset) {
        return scored(new ChatMessage(id, Fixtures.BRAND, Fixtures.GROUP, staff, SenderRole.STAFF, MessageType.TEXT, text,
                null, List.of(), Fixtures.at(offset)));
    }

    private static EnrichedMessage scored(ChatMessage message) {
        SentimentResult sentiment = MODEL.score(message.brandId(), message.text());
        return EnrichedMessage.of(message, sentiment, MODEL.modelId(), RECOGNIZER.analyse(message.text(), sentiment));
    }
}
