package io.communitypulse.pipeline.ingest;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.PulseEvent;

/**
 * One input record as the source hands it on: exactly one of the four events, or the dead letter
 * it became. Parsing happens in the source so that watermarks can be generated per Kafka partition
 * (or file) from the events' own times. A Flink POJO: public fields, no-argument constructor.
 */
public final class Ingested {

    public ChatMessage chat;
    public MembershipChange membership;
    public OrderEvent order;
    public GroupSnapshot snapshot;
    public DeadLetter rejected;
    /** The event's time; for a record rejected on arrival, the time it claimed if it could be read, else 0. */
    public long eventTimeMillis;
    /** The pipeline's clock when the record arrived: what a record dated in the future is measured against. */
    public long arrivedAtMillis;

    public Ingested() {}

    public static Ingested accepted(PulseEvent event, long arrivedAtMillis) {
        Ingested ingested = new Ingested();
        if (event instanceof ChatMessage message) {
            ingested.chat = message;
        } else if (event instanceof MembershipChange change) {
            ingested.membership = change;
        } else if (event instanceof GroupSnapshot groupSnapshot) {
            ingested.snapshot = groupSnapshot;
        } else {
            ingested.order = (OrderEvent) event;
        }
        ingested.eventTimeMillis = event.eventTime().toEpochMilli();
        ingested.arrivedAtMillis = arrivedAtMillis;
        return ingested;
    }

    public static Ingested rejected(DeadLetter deadLetter, long claimedTimeMillis, long arrivedAtMillis) {
        Ingested ingested = new Ingested();
        ingested.rejected = deadLetter;
        ingested.eventTimeMillis = claimedTimeMillis;
        ingested.arrivedAtMillis = arrivedAtMillis;
        return ingested;
    }

    public boolean isEvent() {
        return rejected == null;
    }

    /** The brand of the event or, for a dead letter, the brand it named (empty when unreadable). */
    public String brandId() {
        if (rejected != null) {
            return rejected.brandId();
        }
        if (snapshot != null) {
            return snapshot.brandId();
        }
        return chat != null ? chat.brandId() : membership != null ? membership.brandId() : order.brandId();
    }

    /** The timestamp the stream runs on: the event time, or the arrival time for a dead letter. */
    public long timestampMillis() {
        return isEvent() ? eventTimeMillis : arrivedAtMillis;
    }
}
