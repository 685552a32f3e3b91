-- Chat messages as the pipeline enriched them: one row per message (event_id), with sentiment,
-- aspects, products and the cues behind the score.
CREATE TABLE IF NOT EXISTS chat_messages
(
    brand_id              LowCardinality(String)  COMMENT 'Tenant',
    group_id              String                  COMMENT 'Chat group',
    event_id              String                  COMMENT 'Message id, unique per brand',
    sender_id             String                  COMMENT 'Member, staff or bot id (members: the customer id used by orders)',
    sender_role           LowCardinality(String)  COMMENT 'member, staff or bot',
    msg_type              LowCardinality(String)  COMMENT 'text, image, voice, video, link, red_packet, mini_program, emoji, system',
    text                  String                  COMMENT 'Text as typed (empty for media)',
    reply_to              String                  COMMENT 'event_id of the quoted message, empty when none',
    mentions              Array(String)           COMMENT 'User ids @-mentioned',
    sent_at               DateTime64(3, 'UTC')    COMMENT 'When it was sent (event time)',
    sentiment_score       Float32                 COMMENT '-1 (negative) .. 1 (positive)',
    sentiment_label       LowCardinality(String)  COMMENT 'negative, neutral or positive',
    sentiment_confidence  Float32                 COMMENT '0..1',
    aspects               Array(LowCardinality(String)) COMMENT 'quality, allergy_safety, logistics, service, price, authenticity, other',
    products              Array(String)           COMMENT 'SKUs of catalogue products the message mentions',
    cues                  Array(String)           COMMENT 'Words and emoticons that drove the score'
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(sent_at)
ORDER BY (brand_id, group_id, sent_at, event_id)
COMMENT 'Enriched chat messages, one row per message';
