package io.communitypulse.sentiment.complaint;

import java.io.Serializable;
import java.util.Objects;

/**
 * One chat message as the complaint judge reads it.
 *
 * @param brandId the brand whose group it was posted in (selects the product catalogue)
 * @param messageId unique within the group; later lines point at it with {@code replyToId}
 * @param speakerId who wrote it (a member id, staff id or bot id)
 * @param role member, staff or bot
 * @param text the message as typed; null reads as empty
 * @param replyToId the message it quotes or replies to, or null
 * @param eventTimeMillis when it was sent (event time, not arrival)
 */
public record ChatLine(
        String brandId,
        String messageId,
        String speakerId,
        ChatRole role,
        String text,
        String replyToId,
        long eventTimeMillis) implements Serializable {

    public ChatLine {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(role, "role");
        text = text == null ? "" : text;
    }
}
