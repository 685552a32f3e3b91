package io.communitypulse.pipeline.storage;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Enriched messages into {@code chat_messages} (sql/002, and sql/007 for {@code sentiment_model}). */
public final class ChatMessagesTable implements TableWriter<EnrichedMessage> {

    private static final long serialVersionUID = 1L;

    @Override
    public String insertSql() {
        return "INSERT INTO chat_messages (brand_id, group_id, event_id, sender_id, sender_role, msg_type, text, reply_to,"
                + " mentions, sent_at, sentiment_score, sentiment_label, sentiment_confidence, aspects, products, cues,"
                + " sentiment_model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement statement, EnrichedMessage enriched) throws SQLException {
        ChatMessage message = enriched.message();
        statement.setString(1, message.brandId());
        statement.setString(2, message.groupId());
        statement.setString(3, message.eventId());
        statement.setString(4, message.senderId());
        statement.setString(5, message.senderRole().wireName());
        statement.setString(6, message.msgType().wireName());
        Columns.nullableAsEmpty(statement, 7, message.text());
        Columns.nullableAsEmpty(statement, 8, message.replyTo());
        Columns.stringArray(statement, 9, message.mentions());
        Columns.dateTime(statement, 10, message.sentAt().toEpochMilli());
        statement.setFloat(11, (float) enriched.sentimentScore());
        statement.setString(12, enriched.sentimentLabel());
        statement.setFloat(13, (float) enriched.sentimentConfidence());
        Columns.stringArray(statement, 14, enriched.aspects());
        Columns.stringArray(statement, 15, enriched.products());
        Columns.stringArray(statement, 16, enriched.cues());
        statement.setString(17, enriched.sentimentModel());
    }
}
