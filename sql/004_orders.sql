-- Order state changes (paid, refunded, cancelled), one row per event. customer_id is the member id
-- used in chat, so orders join to chat_messages.sender_id.
CREATE TABLE IF NOT EXISTS orders
(
    brand_id     LowCardinality(String)  COMMENT 'Tenant',
    event_id     String                  COMMENT 'Unique per state change',
    order_id     String                  COMMENT 'The order',
    customer_id  String                  COMMENT 'Same id as the member in chat',
    status       LowCardinality(String)  COMMENT 'paid, refunded or cancelled',
    amount       Decimal(18, 2)          COMMENT 'Order total in currency',
    currency     LowCardinality(String)  COMMENT 'ISO 4217, usually CNY',
    item_skus    Array(String)           COMMENT 'SKU of each line',
    item_quantities Array(UInt32)        COMMENT 'Quantity of each line, same order as item_skus',
    item_unit_prices Array(Decimal(18, 2)) COMMENT 'Unit price of each line, same order as item_skus',
    group_id     String                  COMMENT 'Group the order is attributed to, empty when none',
    occurred_at  DateTime64(3, 'UTC')    COMMENT 'When the state changed (event time)'
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(occurred_at)
ORDER BY (brand_id, order_id, event_id)
COMMENT 'Order events, one row per state change';
