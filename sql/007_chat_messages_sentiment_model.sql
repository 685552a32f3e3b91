-- Which sentiment model scored each message, so that a change of model (a new release, or a brand's own
-- retrained model passed with --sentiment-model) shows in the data instead of looking like a change of mood.
-- Rows written before this column existed read ''.
ALTER TABLE chat_messages
    ADD COLUMN IF NOT EXISTS sentiment_model LowCardinality(String) DEFAULT ''
        COMMENT 'Model version and the first 12 hex digits of its training data SHA-256, e.g. v4/d9bd77700871'
        AFTER sentiment_confidence;
