package io.communitypulse.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A message posted in a brand's chat group.
 *
 * @param eventId   the message id, unique per brand; replies refer to it
 * @param replyTo   the event id of the message this one quotes or answers, or null
 * @param mentions  user ids @-mentioned in the message (empty when none)
 * @param text      the text as typed, emoticons like {@code [捂脸]} included; null for media without caption
 */
public record ChatMessage(
        String eventId,
        String brandId,
        String groupId,
        String senderId,
        SenderRole senderRole,
        MessageType msgType,
        String text,
        String replyTo,
        List<String> mentions,
        Instant sentAt) implements PulseEvent {

    public static final String TYPE = "chat_message";

    public ChatMessage {
        // a plain ArrayList, not List.copyOf: Flink's Kryo fallback must be able to instantiate it
        mentions = mentions == null ? new ArrayList<>() : new ArrayList<>(mentions);
    }

    @Override
    public Instant eventTime() {
        return sentAt;
    }
}
